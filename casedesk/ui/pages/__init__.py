"""The pages of the main window, one module each.

The page keys live here without importing Qt, so the command line can offer
them (``casedesk screenshot --page``) without loading PySide6 for every command.
"""

PAGE_KEYS = ("dashboard", "consultations", "cases", "deadlines", "notices", "enterprises", "workers", "stats", "settings")
LIST_PAGE_KEYS = ("consultations", "cases", "notices", "enterprises", "workers")
