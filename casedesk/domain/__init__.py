"""Pure rules of the union legal office: no imports from the rest of CaseDesk."""
