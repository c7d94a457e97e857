<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="+403"/>
        <source>已保存本单位信息：{0}</source>
        <translation>Saved the union&apos;s details: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已创建管理员账号：{0}（{1}）</source>
        <translation>Created the administrator account: {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在载入演示数据…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消载入演示数据，未写入任何演示记录。</source>
        <translation>Loading the demo data was cancelled; no demo record was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法载入演示数据：{0}</source>
        <translation>Could not load the demo data: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已载入演示数据：咨询 {0} 条，案件 {1} 件，一函两书 {2} 件，用人单位 {3} 家，职工 {4} 人。</source>
        <translation>Loaded the demo data: {0} consultations, {1} cases, {2} supervision letters, {3} employers, {4} workers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在导入{0}：{1}…</source>
        <translation>Importing {0}: {1}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>【{0}】{1}</source>
        <translation>[{0}] {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未导入（整个文件未写入）：有 {0} 处错误。改正后可用“文件 &gt; 导入台账”再导入。</source>
        <translation>Not imported (nothing from the file was written): {0} errors. Correct them and import again with File &gt; Import ledger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消：这个文件未写入，之后的文件也未导入。</source>
        <translation>Cancelled: this file was not written and the files after it were not imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法导入：{0}</source>
        <translation>Could not import: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>从空白开始：按 Ctrl+N 登记第一条咨询。</source>
        <translation>Starting empty: press Ctrl+N to log the first consultation.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../casedesk/ui/account_dialogs.py" line="+171"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加账号…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>设为{0}</source>
        <translation>Make {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已锁定至 {0}</source>
        <translation>Locked until {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未设密码（不能登录）</source>
        <translation>No password set (cannot sign in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="+57"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../casedesk/ui/account_dialogs.py" line="-146"/>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>英文字母或数字，例如 zhangmin</source>
        <translation>Latin letters or digits, e.g. zhangmin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所属单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始密码（至少 8 位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在添加账号…</source>
        <translation>Adding the account…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="-302"/>
        <source>管理员账号</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员可以添加其他工作人员的账号、修改设置和查看审计日志。请牢记密码。</source>
        <translation>Administrators can add accounts for other staff, change settings and read the audit log. Remember the password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>字母或数字，如 admin</source>
        <translation>Letters or digits, e.g. admin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用户名 *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码 *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认密码 *</source>
        <translation>Confirm password *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码至少 {0} 位。</source>
        <translation>The password needs at least {0} characters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>姓名：不能为空</source>
        <translation>Name: must not be empty</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../casedesk/app.py" line="+140"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：退出程序。数据文件保持原样——如果已经开始升级，升级会整个撤销，文件仍是原来的版本，升级前的备份留在备份文件夹中。</source>
        <translation>Cancel: quit CaseDesk. The data file stays as it was: an upgrade already under way is rolled back entirely, the file keeps its old version, and the backup taken before the upgrade stays in the backup folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在检查数据文件…</source>
        <translation>Checking the data file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份（升级数据库结构之前）…</source>
        <translation>Backing up (before upgrading the database structure)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在升级数据库结构…</source>
        <translation>Upgrading the database structure…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CaseDesk 无法启动</source>
        <translation>CaseDesk cannot start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开数据库。

{0}

请检查文件位置，或用 --db 指定另一个数据文件。</source>
        <translation>Cannot open the database.

{0}

Check where the file is, or name another data file with --db.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../casedesk/ui/audit_labels.py" line="+18"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>推进阶段</source>
        <translation>Advance stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案/办结</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项批量签发</source>
        <translation>Batch issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改情况</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复</source>
        <translation>Overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存期限清理</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>损坏后恢复</source>
        <translation>Recover damaged file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>请求事项</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>办案记录</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>职工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位信息</source>
        <translation>Union details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门</source>
        <translation>Government bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计报表</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>名称/姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访结果</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案情</source>
        <translation>Facts of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>援助律师</source>
        <translation>Legal-aid lawyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源咨询</source>
        <translation>From consultation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>集体案件</source>
        <translation>Collective case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连续失败次数</source>
        <translation>Consecutive failures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首个管理员</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选条件</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含完整号码</source>
        <translation>With full numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前的备份</source>
        <translation>Backup before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>被并入的记录</source>
        <translation>Record merged away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到保留记录的关联记录</source>
        <translation>Linked records moved to the kept record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除的重复当事人</source>
        <translation>Duplicate parties removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补全的字段</source>
        <translation>Fields filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销的合并（审计记录号）</source>
        <translation>Merge undone (audit row no.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留的记录</source>
        <translation>Kept record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转回的记录数</source>
        <translation>Records moved back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还原的字段</source>
        <translation>Fields restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复后的编号</source>
        <translation>Restored as number</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../casedesk/ui/audit_page.py" line="+50"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>人员</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近 7 天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>内容包含（姓名、文号、字段值…）</source>
        <translation>Contains (name, document number, field value…)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部对象</source>
        <translation>All record types</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+169"/>
        <source>校验审计链</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>逐条核对哈希链，发现被修改或删除的审计记录</source>
        <translation>Check the hash chain row by row to find audit rows that were altered or deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>恢复被并入的记录，并把当时转移的记录原样转回（与“查找重复”中的撤销相同）</source>
        <translation>Restore the record that was merged away and move back the records moved then (the same undo as in Find duplicates)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>记录编号：请输入数字</source>
        <translation>Record no.: enter a number</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>正在计数…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>不能撤销：{0}</source>
        <translation>Cannot undo: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>恢复被并入的“{0}”（#{1}），并把当时从它转到 #{2} 的 {3} 条记录转回？</source>
        <translation>Restore &quot;{0}&quot; (#{1}), which was merged away, and move the {3} record(s) moved from it to #{2} back?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已恢复记录 #{0}，转回 {1} 条关联记录。</source>
        <translation>Restored record #{0} and moved {1} linked record(s) back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另有 {0} 条在合并后已被改到别处，保持不变。</source>
        <translation>{0} more were changed elsewhere after the merge and stay as they are.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未撤销</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
…另有 {0} 处</source>
        <translation>
…and {0} more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计链已被破坏</source>
        <translation>The audit chain is broken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审计链完好</source>
        <translation>The audit chain is intact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所有审计记录均未被修改或删除。</source>
        <translation>No audit row was altered or deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出审计记录</source>
        <translation>Export audit rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未能导出</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已导出 {0} 条到
{1}</source>
        <translation>Exported {0} rows to
{1}</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="+358"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <location line="+5"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>每次备份都存到这个文件夹，最好在另一块磁盘或U盘上；留空则存在数据文件旁的 backups 文件夹</source>
        <translation>Every backup is saved in this folder, best on another disk or a USB drive; leave it empty to use the backups folder beside the data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+87"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>最近的备份</source>
        <translation>Recent backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每次导入、批量发函、恢复和升级前也会自动备份。手动备份永不自动删除。服务器数据库由服务器管理员用 pg_dump 备份。</source>
        <translation>A backup is also taken before every import, batch issue, restore and upgrade. Manual backups are never deleted automatically. A server database is backed up by its administrator with pg_dump.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前使用的是服务器数据库（{0}），没有文件备份：由服务器管理员用 pg_dump 备份，见 README“服务器模式”。</source>
        <translation>This is a server database ({0}): there are no file backups here. The server administrator backs it up with pg_dump (see &quot;Server mode&quot; in the README).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备份完成并已校验：
{0}</source>
        <translation>Backup finished and verified:
{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>以后的备份将存到新文件夹。已有 {0} 份备份在原来的位置，要把它们移到新文件夹吗？

选“否”则留在原处，恢复备份时仍会在原位置查找。</source>
        <translation>From now on backups are saved in the new folder. {0} existing backup(s) are in the old place: move them to the new folder?

Choose &quot;No&quot; to leave them where they are; restoring will still look for them there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>移动备份</source>
        <translation>Move backups</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>正在把备份移到新文件夹…</source>
        <translation>Moving the backups to the new folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已移动 {0} 份备份到：
{1}</source>
        <translation>Moved {0} backup(s) to:
{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移动中断，未移动的备份仍在原处并能找到：
{0}</source>
        <translation>Moving stopped; the backups not yet moved are still where they were and are still found:
{0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+148"/>
        <source>定时</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批量发函前</source>
        <translation>Before batch issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清理前</source>
        <translation>Before purge</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../casedesk/ui/charts.py" line="+102"/>
        <source>{0}（本期没有记录）</source>
        <translation>{0} (no records in this period)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_batch_dialog.py" line="+78"/>
        <source>专项提示函</source>
        <translation>Batch reminder letters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>全部街道</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称包含，如 物流、快递</source>
        <translation>Name contains, e.g. logistics, courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅未建工会的单位</source>
        <translation>Only employers without a union</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发送对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择条文…</source>
        <translation>Choose articles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>填入示例：夏季防暑降温</source>
        <translation>Fill in the example: summer heat protection</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>发文日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>违法类型</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情况说明</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>提示事项</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>提示函内容（{0}）</source>
        <translation>Reminder letter text ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>签发…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>共 {0} 家用人单位</source>
        <translation>{0} employers in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（下列显示前 {0} 家）</source>
        <translation>(the first {0} are shown below)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>发文日期不能为空</source>
        <translation>Date of issue: must not be empty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请选择保存PDF的文件夹</source>
        <translation>Choose the folder to save the PDFs in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>将向 {0} 家用人单位各发出一份提示函，每份一个文号，并生成合并打印的PDF和每份单独的PDF。继续吗？</source>
        <translation>A reminder letter will be issued to each of {0} employers, each with its own document number, with one combined PDF for printing and a PDF per letter. Continue?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在签发专项提示函…</source>
        <translation>Issuing the batch reminder letters…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已签发 {0} 份提示函（{1} 至 {2}）。
合并打印文件和每份PDF已保存到：
{3}</source>
        <translation>Issued {0} reminder letters ({1} to {2}).
The combined print file and each PDF were saved to:
{3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消：没有签发任何提示函，也没有占用文号。</source>
        <translation>Cancelled: no reminder letter was issued and no document number was used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未签发（没有占用文号）：{0}</source>
        <translation>Not issued (no document number used): {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="+239"/>
        <location line="+8"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>建议书主送的劳动行政部门、人民政府，以及抄送的人民检察院。</source>
        <translation>The labour administration departments and people&apos;s governments that recommendation letters are sent to, and the people&apos;s procuratorates copied.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未新增</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请先在列表中选择一个部门</source>
        <translation>Select a body in the list first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../casedesk/ui/case_list.py" line="+48"/>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>个人和集体</source>
        <translation>Individual and collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部承办人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受理日期（起）</source>
        <translation>Intake from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期（止）</source>
        <translation>Intake to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定期限已过</source>
        <translation>Statutory deadline passed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按用人单位筛选（名称或拼音首字母）</source>
        <translation>Filter by employer (name or pinyin initials)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>搜索案件编号、当事人姓名、身份证号或电话片段、用人单位</source>
        <translation>Search case number, party name, ID or phone fragment, employer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>新建案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记一件新的维权案件（申请人、用人单位、案情）</source>
        <translation>Register a new rights case (applicant, employer, facts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限提醒</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列出法定期限已过或即将到期的在办案件</source>
        <translation>List the open cases whose statutory deadlines have passed or are near</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把当前筛选出的案件导出为 Excel 或 CSV（与导入格式相同）</source>
        <translation>Export the filtered cases to Excel or CSV (same layout as the import)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>导出案件台账</source>
        <translation>Export case ledger</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../casedesk/ui/case_form.py" line="+143"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>推进阶段…</source>
        <translation>Advance stage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结案…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新办理…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+470"/>
        <source>办案记录</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>法定期限</source>
        <translation>Statutory deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关联</source>
        <translation>Related</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+43"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>输入名称或拼音首字母</source>
        <translation>Type a name or its pinyin initials</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位档案</source>
        <translation>Employer record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 人</source>
        <translation> workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体案件</source>
        <translation>Collective case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>劳动关系存续期间拖欠劳动报酬的，仲裁时效自劳动关系终止之日起计算（第27条）</source>
        <translation>Where wages are owed while the employment lasts, the limitation period runs from the day the employment ends (Article 27)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法律援助律师</source>
        <translation>Legal-aid lawyer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案情描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>计算法定期限的日期（劳动争议调解仲裁法）</source>
        <translation>Dates for the statutory deadlines (Labour Dispute Mediation and Arbitration Law)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+32"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+324"/>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>诉求类型</source>
        <translation>Claim type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>诉求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挽回金额（元）</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加记录…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属记录</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>附件（复制保存在数据文件夹中，按 SHA-256 校验）</source>
        <translation>Attachments (copied into the data folder, checked by SHA-256)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发出日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>升级自</source>
        <translation>Escalated from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>起草提示函</source>
        <translation>Draft reminder letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起草意见书</source>
        <translation>Draft opinion letter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>相关咨询</source>
        <translation>Related consultations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}：{1}（{2}）</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>涉及金额 ¥{0}&#x3000;挽回金额 ¥{1}&#x3000;涉及职工 {2} 人&#x3000;受益职工 {3} 人</source>
        <translation>Amount claimed ¥{0}&#x3000;Recovered ¥{1}&#x3000;Workers involved {2}&#x3000;Workers benefiting {3}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} {1} 已过 {2} 天</source>
        <translation>{0} {1} passed {2} days ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定期限已过：{0}</source>
        <translation>Statutory deadline passed: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法定期限临近：{0}</source>
        <translation>Statutory deadline near: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>合计：诉求 ¥{0}，挽回 ¥{1}</source>
        <translation>Total: claimed ¥{0}, recovered ¥{1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>案件已结案，不再计算法定期限。</source>
        <translation>The case is closed; statutory deadlines are no longer computed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在“基本信息”中填写知道权利被侵害日期、申请调解或仲裁日期、仲裁受理日期或收到裁决书日期后，这里显示相应的法定期限。</source>
        <translation>Enter in Details the date the infringement became known, the date mediation or arbitration was applied for, the date arbitration was accepted or the date the award was received, and the statutory deadlines show here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限按民法典第201–203条计算：起算日不计入，最后一日是节假日的顺延至节假日后第一个工作日。</source>
        <translation>Deadlines follow Articles 201–203 of the Civil Code: the first day is not counted, and a last day on a holiday moves to the first working day after it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（草稿，未编号）</source>
        <translation>(draft, not numbered)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>受理日期不能为空</source>
        <translation>Intake date: must not be empty</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+202"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>“基本信息”中有未保存的修改，先保存吗？</source>
        <translation>Details have unsaved changes. Save them first?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>完整的电话和身份证号属于个人信息，查看将记入审计日志。继续吗？</source>
        <translation>Full phone and ID numbers are personal information; viewing them is recorded in the audit log. Continue?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>阶段变更记录由系统生成，不能修改。</source>
        <translation>Stage changes are recorded by the system and cannot be edited.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>删除记录</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除这条办案记录吗？</source>
        <translation>Delete this case log entry?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在复制 {0} 个文件…</source>
        <translation>Copying {0} files…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法添加附件</source>
        <translation>Could not add the attachment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法打开附件</source>
        <translation>Could not open the attachment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>另存附件</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>移除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从本案移除这个附件吗？</source>
        <translation>Remove this attachment from the case?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请先在“基本信息”中填写用人单位并保存。</source>
        <translation>Enter and save the employer in Details first.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“基本信息”中的修改尚未保存。保存吗？</source>
        <translation>The changes in Details are not saved yet. Save them?</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/case_widgets.py" line="+223"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../casedesk/ui/account_dialogs.py" line="-100"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重设密码：{0}</source>
        <translation>Reset password: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码（至少 8 位）</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入新密码</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在保存新密码…</source>
        <translation>Saving the new password…</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="+216"/>
        <source>修改诉求</source>
        <translation>Edit claim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加诉求</source>
        <translation>Add claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>诉求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挽回金额</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>诉求类型</source>
        <translation>Claim type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已挽回金额（元）</source>
        <translation>Recovered (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location line="-113"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（请选择处理结果）</source>
        <translation>(choose the outcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>结案日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>诉求</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>诉求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挽回金额（元）</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>第{0}项诉求（{1}）的挽回金额</source>
        <translation>Amount recovered on claim {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如：单位分两期支付，第一期已到账</source>
        <translation>e.g. the employer pays in two instalments; the first has arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>各项诉求的挽回金额</source>
        <translation>Amount recovered per claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本案没有金额诉求。</source>
        <translation>This case has no money claims.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="+198"/>
        <location line="+4"/>
        <source>办结日期</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>如 已足额补发工资；已移交劳动保障监察</source>
        <translation>e.g. wages paid in full; handed to labour inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结说明</source>
        <translation>Closing note</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../casedesk/ui/duplicates_page.py" line="+72"/>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>保留这一条</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在左侧选择一对记录，这里并排显示两条记录的内容和关联的咨询、案件、一函两书。</source>
        <translation>Select a pair of records on the left; they show here side by side with their linked consultations, cases and supervision letters.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>记录 #{0}</source>
        <translation>Record #{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>关联{0}</source>
        <translation>Linked {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>建档日期</source>
        <translation>Filed on</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../casedesk/ui/consultation_form.py" line="+122"/>
        <source>新建咨询</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>姓名（可输入拼音首字母查找）</source>
        <translation>Name (pinyin initials find it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>手机或固定电话</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看完整的电话和身份证号（将记入审计日志）</source>
        <translation>Show the full phone and ID numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位名称（可输入拼音首字母查找）</source>
        <translation>Employer name (pinyin initials find it)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>当场答复</source>
        <translation>Answered on the spot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转办</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <location line="+342"/>
        <source>转立案</source>
        <translation>Opened as a case</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无需回访</source>
        <translation>No follow-up needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未回访</source>
        <translation>Not followed up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题类别</source>
        <translation>Question category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题描述</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复内容</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理方式</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转办日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访结果</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>以此咨询新建案件：来电人、用人单位、类别和问题带入案件</source>
        <translation>Open a case from this consultation: the caller, employer, category and question are carried over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>来电记录</source>
        <translation>Call history</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>✓ 已关联</source>
        <translation>✓ Linked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已关联到已有记录；修改文字将取消关联</source>
        <translation>Linked to an existing record; changing the text removes the link</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>来电记录：没有此来电人的以往记录</source>
        <translation>Call history: no earlier records of this caller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回头来电：此前咨询 {0} 次，案件 {1} 件（双击打开）</source>
        <translation>Returning caller: {0} earlier consultations, {1} cases (double-click to open)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件 {0}&#x3000;{1}&#x3000;{2}
{3}</source>
        <translation>Case {0}&#x3000;{1}&#x3000;{2}
{3}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>咨询记录 #{0}</source>
        <translation>Consultation #{0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0}（已停用）</source>
        <translation>{0} (disabled)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;a href=&quot;case&quot;&gt;案件编号：{0}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;case&quot;&gt;Case number: {0}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>已转立案</source>
        <translation>Opened as a case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已新建案件，案件编号：{0}</source>
        <translation>Case opened, case number: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>以此咨询新建案件？来电人、用人单位、问题类别和问题描述将带入案件。</source>
        <translation>Open a case from this consultation? The caller, employer, question category and question are carried over.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>此咨询有未保存的内容，确定放弃吗？</source>
        <translation>This consultation has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../casedesk/ui/consultation_list.py" line="+148"/>
        <location line="+1"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部承办人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（已停用）</source>
        <translation>{0} (disabled)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访逾期</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索来电人、电话、单位、问题</source>
        <translation>Search caller, phone, employer, question</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>新建咨询 (Ctrl+N)</source>
        <translation>New consultation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记一次来电、来访或网上咨询</source>
        <translation>Log a call, visit or online consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录回访…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为列表中选中的咨询记录回访结果和满意度</source>
        <translation>Record the follow-up result and satisfaction of the consultation selected in the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把当前筛选出的咨询导出为 Excel 或 CSV（与导入格式相同）</source>
        <translation>Export the filtered consultations to Excel or CSV (same layout as the import)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访规则…</source>
        <translation>Follow-up rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办和待处理的咨询在多少个工作日内回访</source>
        <translation>Within how many working days referred and pending consultations are followed up</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>记录回访</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在列表中选中一条咨询。</source>
        <translation>Select a consultation in the list first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导出咨询台账</source>
        <translation>Consultations to follow up</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../casedesk/ui/pages/dashboard.py" line="+41"/>
        <source>待回访咨询</source>
        <translation>Consultations to follow up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定期限{0}日内到期的案件</source>
        <translation>Cases with a statutory deadline within {0} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定期限已过的案件</source>
        <translation>Cases past a statutory deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复的文书</source>
        <translation>Letters with overdue replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}日无进展的案件</source>
        <translation>Cases without progress for {0} days</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新读取数据库（其他电脑刚保存的记录也会显示）</source>
        <translation>Read the database again (records just saved on other computers appear too)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>月度趋势（件）</source>
        <translation>Monthly trend (items)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结案方式（件）</source>
        <translation>Case outcomes (items)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>涉及金额与挽回金额（万元）</source>
        <translation>Amount involved and recovered (10,000 yuan)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>今日待办</source>
        <translation>To do today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本期概况</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>今天：{0}</source>
        <translation>Today: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1} 至 {2}）</source>
        <translation>{0} ({1} to {2})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>提示函 {0} · 意见书 {1} · 建议书 {2}</source>
        <translation>Reminder {0} · Opinion {1} · Recommendation {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已回复 {0} / 期限届满 {1}</source>
        <translation>Replied {0} / due {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按期 {0} / 应回访 {1}</source>
        <translation>On time {0} / due {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其中集体争议 {0}</source>
        <translation>of which collective disputes: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+3"/>
        <source>件</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>结案</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法统计：{0}</source>
        <translation>Cannot compute the statistics: {0}</translation>
    </message>
</context>
<context>
    <name>DataSafetyDialog</name>
    <message>
        <location filename="../../casedesk/ui/data_safety_dialog.py" line="+44"/>
        <location line="+64"/>
        <source>保存期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>超过保存期限的已结案件和咨询记录将匿名化：删除姓名、电话、身份证号和文字内容，保留日期、类别、金额和人数等统计数字（个人信息保护法第十九、四十七条）。</source>
        <translation>Closed cases and consultations older than the retention period are anonymised: names, phones, ID numbers and free text are removed; dates, categories, amounts and head counts stay for the statistics (Personal Information Protection Law, Articles 19 and 47).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>检查并清理…</source>
        <translation>Check and purge…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已取消清理，没有改动任何记录。</source>
        <translation>The purge was cancelled; no record was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>正在查找超过保存期限的记录…</source>
        <translation>Finding the records past the retention period…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>取消：只停止统计，不改动任何记录。</source>
        <translation>Cancel: only the count stops; no record is changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有超过保存期限的记录。</source>
        <translation>No records are past the retention period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认清理</source>
        <translation>Confirm purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

匿名化不可撤销（清理前会自动备份）。现在清理吗？</source>
        <translation>{0}

Anonymising cannot be undone (a backup is taken first). Purge now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>正在清理…</source>
        <translation>Purging…</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+58"/>
        <location line="+18"/>
        <source>保存期限清理</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>个人信息保存期限</source>
        <translation>Keep personal information for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>清理前自动备份到：&lt;a href=&quot;open&quot;&gt;{0}&lt;/a&gt;</source>
        <translation>Backed up first to: &lt;a href=&quot;open&quot;&gt;{0}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存期限、备份文件夹、自动备份间隔和保留份数在“设置 › 备份与数据保留”中修改。</source>
        <translation>The retention period, the backup folder, the backup interval and how many backups are kept are changed in Settings › Backups and data retention.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>取消：在清理完成之前可以取消，所有记录保持原样（已做好的清理前备份留在备份文件夹中）。</source>
        <translation>Cancel: possible until the purge is finished; every record then stays as it was (a pre-purge backup already made stays in the backup folder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份（清理前）…</source>
        <translation>Backing up (before the purge)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在匿名化超过保存期限的记录…</source>
        <translation>Anonymising the records past the retention period…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已清理</source>
        <translation>Purged</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../casedesk/ui/case_widgets.py" line="-152"/>
        <source>年-月-日</source>
        <translation>y-m-d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 2025-03-01、2025/3/1、2025年3月1日；留空表示未知</source>
        <translation>e.g. 2025-03-01, 2025/3/1, 2025年3月1日; leave empty if unknown</translation>
    </message>
</context>
<context>
    <name>DeadlinePage</name>
    <message>
        <location filename="../../casedesk/ui/deadline_page.py" line="+43"/>
        <source>未来 </source>
        <translation>Due within the next </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 天内到期</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部承办人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新读取数据库（其他电脑刚保存的记录也会显示）</source>
        <translation>Read the database again (records just saved on other computers appear too)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>双击打开案件</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限提醒</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在计算…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法计算：{0}</source>
        <translation>Cannot compute: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已过期 {0} 项，{1} 天内到期 {2} 项</source>
        <translation>{0} overdue, {2} due within {1} days</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../casedesk/ui/case_widgets.py" line="+124"/>
        <source>已过 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+7"/>
        <source>仲裁裁决期限</source>
        <translation>Arbitration award due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不服裁决起诉期限</source>
        <translation>Deadline to sue against the award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁时效届满</source>
        <translation>Arbitration limitation period ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解期满（可申请仲裁）</source>
        <translation>Mediation period ends (arbitration may be applied for)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁委受理决定期限</source>
        <translation>Arbitration committee&apos;s acceptance decision due</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="-82"/>
        <location line="+9"/>
        <source>送达日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>受送达人拒收（留置送达）</source>
        <translation>The addressee refused it (left on the premises)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>见证人姓名及身份，如 社区干部张某</source>
        <translation>Witness name and position, e.g. community officer Zhang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EMS 邮件号码</source>
        <translation>EMS item number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达方式</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>拒收见证人</source>
        <translation>Witness of the refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮件号码</source>
        <translation>Item number</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location line="+80"/>
        <source>建议书主送同级劳动行政部门或人民政府。请从政府部门名录中选择：</source>
        <translation>A recommendation letter goes to the labour administration department or people&apos;s government at the same level. Choose from the government bodies:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>主送部门</source>
        <translation>Addressed to</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../casedesk/ui/duplicates_page.py" line="-77"/>
        <location line="+12"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>职工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有无工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件当事人</source>
        <translation>Case parties</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>重新查找</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>可能性</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录一</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录二</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+171"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>把另一条记录的咨询、案件、一函两书等全部转到保留的记录上，并删除另一条（可撤销）</source>
        <translation>Move the other record&apos;s consultations, cases, supervision letters and so on to the record kept, and delete the other (can be undone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不是重复</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这两条是不同的单位或人；以后不再提示这一对</source>
        <translation>These are different employers or people; do not suggest this pair again</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保留的记录</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>并入的记录</source>
        <translation>Record merged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转移条数</source>
        <translation>Rows moved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销所选合并</source>
        <translation>Undo the selected merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复被并入的记录，并把当时转移的记录原样转回</source>
        <translation>Restore the merged record and move back exactly the rows moved then</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每次合并都记入审计日志，记录了被并入记录的全部内容和转移的每一条记录，可以撤销。</source>
        <translation>Every merge is recorded in the audit log with the whole merged record and every row moved, and can be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>可能重复的记录</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并记录</source>
        <translation>Merge history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找重复的用人单位和职工</source>
        <translation>Find duplicate employers and workers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找重复</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在比对{0}…</source>
        <translation>Comparing {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已取消查找。</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查找出错：{0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>检查了 {0} 条{1}记录，没有发现可能重复的记录。</source>
        <translation>Checked {0} {1} records; no possible duplicates found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查了 {0} 条记录，发现 {1} 对可能重复（按可能性从高到低）。选择一对进行比较。</source>
        <translation>Checked {0} records and found {1} possible duplicate pairs (most likely first). Select a pair to compare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 只列出可能性最高的 {0} 对；合并后再查找可看到其余的。</source>
        <translation> Only the {0} most likely pairs are listed; search again after merging to see the rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> 有 {0} 组记录共用同一号码或名称（如单位总机），数量过多，未逐对比较。</source>
        <translation> {0} groups of records share one number or name (e.g. a switchboard number) and are too large to compare pair by pair.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>打开 #{0}</source>
        <translation>Open #{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在单位窗口中查看“{0}”的案件、咨询和一函两书</source>
        <translation>See the cases, consultations and letters of “{0}” in the employer window</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} {1} 条</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有关联的记录</source>
        <translation>No linked records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>把“{0}”（#{1}）并入“{2}”（#{3}）？

将转移：{4}
“{0}”的记录随后删除；空白的信息由它补上。
以后可以在“合并记录”中撤销。</source>
        <translation>Merge “{0}” (#{1}) into “{2}” (#{3})?

To be moved: {4}
“{0}” is then deleted; blank details are filled from it.
You can undo this later under Merge history.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已合并：转移了 {0} 条关联记录。可在“合并记录”中撤销。</source>
        <translation>Merged: {0} linked rows moved. You can undo it under Merge history.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未合并</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>恢复“{0}”（#{1}），并把当时从它转到“{2}”的 {3} 条记录转回？</source>
        <translation>Restore “{0}” (#{1}) and move back the {3} rows moved from it to “{2}” then?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未撤销</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已恢复记录 #{0}，转回 {1} 条关联记录。</source>
        <translation>Restored record #{0}; {1} linked rows moved back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另有 {0} 条在合并后已被改到别处，保持不变。</source>
        <translation>{0} more were changed elsewhere after the merge and stay as they are.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location line="+10"/>
        <source>查找重复的用人单位和职工</source>
        <translation>Find duplicate employers and workers</translation>
    </message>
</context>
<context>
    <name>EnterpriseWindow</name>
    <message>
        <location filename="../../casedesk/ui/enterprise_view.py" line="+50"/>
        <location line="+31"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及职工</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额（元）</source>
        <translation>Amount involved (yuan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挽回金额（元）</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发{0}</source>
        <translation>{0} sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挽回金额</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>发出日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>升级自</source>
        <translation>Escalated from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>起草提示函</source>
        <translation>Draft reminder letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在案件列表中查看</source>
        <translation>Show in the case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件页只列出本单位的案件，可再按阶段、期间等筛选或导出</source>
        <translation>The Cases page lists only this employer&apos;s cases; filter further by stage or period, or export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新读取数据库（其他电脑刚保存的记录也会显示）</source>
        <translation>Read the database again (records just saved on other computers appear too)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>用人单位 {0}</source>
        <translation>Employer {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>统一社会信用代码：{0}</source>
        <translation>Unified social credit code: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有工会</source>
        <translation>Has a union</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无工会</source>
        <translation>No union</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>街道：{0}</source>
        <translation>Street: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地址：{0}</source>
        <translation>Address: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>联系人：{0} {1}</source>
        <translation>Contact: {0} {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>多次涉案单位：维权案件 {0} 件（在办 {1} 件），一函两书 {2} 份，咨询 {3} 次</source>
        <translation>Repeat employer: {0} cases ({1} open), {2} supervision letters, {3} consultations</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>（草稿，未编号）</source>
        <translation>(draft, not numbered)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>案件（{0}）</source>
        <translation>Cases ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书（{0}）</source>
        <translation>Supervision letters ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询（{0}）</source>
        <translation>Consultations ({0})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>未能起草</source>
        <translation>Could not draft</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="+29"/>
        <source>办案记录</source>
        <translation>Case log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>如：电话联系单位人事，约定周五面谈</source>
        <translation>e.g. phoned the employer&apos;s HR; meeting agreed for Friday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>FilteredListPage</name>
    <message>
        <location filename="../../casedesk/ui/pages/filtered_list.py" line="+99"/>
        <source>筛选条件有误</source>
        <translation>Invalid filter</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../casedesk/ui/login_dialog.py" line="+130"/>
        <source>创建管理员账号</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据文件还没有可以登录的管理员。请为本单位创建管理员账号；之后可在“管理 › 账号”中为每位同事添加账号。</source>
        <translation>This data file has no administrator who can sign in yet. Create an administrator account for your office; accounts for each colleague can then be added under Admin › Accounts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在创建账号…</source>
        <translation>Creating the account…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="+168"/>
        <source>欢迎使用 CaseDesk</source>
        <translation>Welcome to CaseDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>开始使用</source>
        <translation>Start using CaseDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在保存本单位信息…</source>
        <translation>Saving the union&apos;s details…</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../casedesk/ui/consultation_list.py" line="-194"/>
        <source>记录回访 — {0}</source>
        <translation>Record follow-up — {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如：已足额支付拖欠工资</source>
        <translation>e.g. the owed wages were paid in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访结果</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>FollowupRuleDialog</name>
    <message>
        <location line="+14"/>
        <source>回访规则</source>
        <translation>Follow-up rule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办和待处理的咨询，在转办日期（或来电日期）后这么多个工作日内回访；节假日和调休按日历及节假日设置。已登记的咨询保留原回访期限。</source>
        <translation>Referred and pending consultations are followed up within this many working days of the referral date (or the call date); holidays and make-up working days follow the calendar and the holiday settings. Consultations already logged keep their follow-up date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访期限</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>FontSample</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="-190"/>
        <source>正在生成字体样张…</source>
        <translation>Rendering the font specimen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无法生成字体样张：{0}</source>
        <translation>Could not render the font specimen: {0}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../casedesk/ui/i18n.py" line="+228"/>
        <source>正文（仿宋）</source>
        <translation>Body (FangSong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题（小标宋）</source>
        <translation>Title (XiaoBiaoSong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小标题（黑体）</source>
        <translation>Headings (HeiTi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>页码（宋体）</source>
        <translation>Page numbers (SimSun)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReportLab 内置字体</source>
        <translation>ReportLab built-in font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>嵌入PDF</source>
        <translation>embedded in the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未嵌入，阅读电脑须有中文字体</source>
        <translation>not embedded: the reading computer needs a Chinese font</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：{1}（{2}，{3}）</source>
        <translation>{0}: {1} ({2}, {3})</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="+102"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放假（休息日）</source>
        <translation>Holiday (day off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班（工作日）</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 国庆节</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选标记</source>
        <translation>Delete the selected marks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>节假日库已包含 {0} 年的放假安排；这里的标记优先。</source>
        <translation>The holiday calendar already has the {0} holiday schedule; the marks here take precedence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日库尚无 {0} 年的放假安排：请按国务院办公厅通知在此标记放假和调休日期，否则只按周末计算。</source>
        <translation>The holiday calendar has no {0} schedule yet: mark the holidays and make-up working days here as the State Council General Office announces them, or only weekends count.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请填写开始日期</source>
        <translation>Enter the start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>未标记</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未删除</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="-306"/>
        <source>欢迎使用 CaseDesk — 本单位信息</source>
        <translation>Welcome to CaseDesk — your union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三步完成设置：本单位信息、管理员账号、从哪里开始。这些信息印在一函两书和统计报表上，并决定案件编号和文号的格式；以后可在“设置”中修改。</source>
        <translation>Three steps: your union&apos;s details, the administrator account, and where to start. These details are printed on letters and reports and set the format of case and document numbers; you can change them later in Settings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>如 齐齐哈尔市铁锋区总工会</source>
        <translation>e.g. 齐齐哈尔市铁锋区总工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印在文书顶端的红色机关名称</source>
        <translation>The issuing authority&apos;s name printed in red at the top of letters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编号格式中 {year} 代表年份、{seq} 代表序号。带 * 的必须填写。</source>
        <translation>In a number format {year} stands for the year and {seq} for the sequence number. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>第一个编号将是：</source>
        <translation>The first numbers will be:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../casedesk/ui/ledger_dialogs.py" line="+46"/>
        <source>导入{0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已检查 {0}：读取 {1} 行，可导入 {2} 行，有错误的行 {3} 行，重复（已存在）{4} 行。</source>
        <translation>Checked {0}: {1} rows read, {2} can be imported, {3} rows with errors, {4} duplicates (already present).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导入 {0} 行</source>
        <translation>Import {0} rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跳过错误行，导入其余 {0} 行</source>
        <translation>Skip the rows with errors and import the other {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>错误（第几行、哪一列、原因）：</source>
        <translation>Errors (row, column, reason):</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="-124"/>
        <source>签发后将编号为“{0}”并生成存档PDF，之后正文不能再修改。</source>
        <translation>Once issued it is numbered “{0}” and archived as a PDF; the text can no longer be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字体提示：</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发文日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发文日期（成文日期）</source>
        <translation>Date of issue (date written)</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="+199"/>
        <source>界面文字和命令行提示按所选语言显示；一函两书和统计报表是正式文书，始终为中文。重新启动程序后生效。</source>
        <translation>The interface and command-line messages use the chosen language; supervision letters and statistics reports are official documents and are always in Chinese. Takes effect after a restart.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>界面语言 / Language</source>
        <translation>界面语言 / Language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>LawPickerDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="+129"/>
        <source>选择法律依据</source>
        <translation>Choose the legal basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>输入法律名称、条号或关键词筛选，如 工资、第三十条</source>
        <translation>Filter by law, article or keyword, e.g. wages, 第三十条</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>与所选违法类型相关</source>
        <translation>Related to the chosen violation types</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>目录中没有的条文：《法规名称》第N条，如《黑龙江省工资支付条例》第十条</source>
        <translation>Articles not in the catalogue: 《law name》第N条, e.g. 《黑龙江省工资支付条例》第十条</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>其他条文（可选）</source>
        <translation>Other articles (optional)</translation>
    </message>
</context>
<context>
    <name>LawsTab</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="-265"/>
        <source>法律法规</source>
        <translation>Law or regulation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要点</source>
        <translation>Gist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如 黑龙江省工资支付条例</source>
        <translation>e.g. 黑龙江省工资支付条例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 第十条</source>
        <translation>e.g. 第十条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>法律法规名称</source>
        <translation>Law or regulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条号</source>
        <translation>Article number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条文要点</source>
        <translation>Gist of the article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用的违法类型</source>
        <translation>Violation types it applies to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存条文</source>
        <translation>Save article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从目录中隐藏</source>
        <translation>Hide from the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复原文</source>
        <translation>Restore the original</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>本地修改</source>
        <translation>Edited here</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>随软件</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>条文未保存</source>
        <translation>Article not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未隐藏</source>
        <translation>Not hidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../casedesk/ui/table_model.py" line="+273"/>
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>此列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../../casedesk/ui/ledger_dialogs.py" line="+31"/>
        <location line="+12"/>
        <source>导入{0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在检查 {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在导入 {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入已取消，未写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="-19"/>
        <source>咨询台账</source>
        <translation>Consultation ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件台账</source>
        <translation>Case ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书台账</source>
        <translation>Supervision letter ledger</translation>
    </message>
</context>
<context>
    <name>LetterTab</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="+81"/>
        <source>{0}回复期限</source>
        <translation>{0} reply period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正文字体（仿宋）</source>
        <translation>Body font (FangSong)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题字体（小标宋）</source>
        <translation>Title font (XiaoBiaoSong)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>小标题字体（黑体）</source>
        <translation>Heading font (HeiTi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>留空：自动选择（仿宋/宋体 → AR PL UMing → 文泉驿 → 内置）</source>
        <translation>Empty: chosen automatically (FangSong/SimSun → AR PL UMing → WenQuanYi → built-in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存期限和字体</source>
        <translation>Save periods and fonts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>已设置印章图片</source>
        <translation>Seal image set</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+50"/>
        <source>未设置（打印后加盖实物印章）</source>
        <translation>Not set (stamp the printed letter with the physical seal)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>选择印章图片…</source>
        <translation>Choose seal image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不使用印章图片</source>
        <translation>Use no seal image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>印章</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>公文实际使用的字体：</source>
        <translation>Fonts the letters actually use:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TrueType 字体 (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文书设置</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存。新签发的文书按新设置生成；已签发的文书不变。</source>
        <translation>Saved. Letters issued from now on use the new settings; letters already issued stay as they are.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择印章图片</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>印章未保存</source>
        <translation>Seal not saved</translation>
    </message>
</context>
<context>
    <name>LettersSection</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="-172"/>
        <source>字体样张（按上面填写的字体生成；保存后新签发的文书使用）：</source>
        <translation>Font specimen (from the fonts above; letters issued after saving use them):</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <location filename="../../casedesk/services/listing.py" line="+201"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+50"/>
        <location line="+98"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+52"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>回访期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>挽回金额</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>送达对象</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发出日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有无工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>群体</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../casedesk/ui/pages/list_page.py" line="+33"/>
        <source>还没有咨询记录。按 Ctrl+N 登记第一条来电，或用“文件 &gt; 导入台账”导入已有台账。</source>
        <translation>No consultations yet. Press Ctrl+N to log the first call, or import a ledger under File &gt; Import ledger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有案件。点“新建案件…”登记第一件，或用“文件 &gt; 导入台账”导入已有台账。</source>
        <translation>No cases yet. Click New case… to open one, or import a ledger under File &gt; Import ledger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有一函两书。点“新建文书”起草第一份，或用“文件 &gt; 导入台账”导入已有台账。</source>
        <translation>No supervision letters yet. Click New letter to draft one, or import a ledger under File &gt; Import ledger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有用人单位。登记咨询、案件和一函两书时会自动建立单位档案。</source>
        <translation>No employers yet. They are added as you log consultations, cases and letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有职工信息。登记咨询和案件时会自动建立职工档案。</source>
        <translation>No workers yet. They are added as you log consultations and cases.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新读取数据库（其他电脑刚保存的记录也会显示）</source>
        <translation>Read the database again (records just saved on other computers appear too)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示全部</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>筛选：{0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法统计条数</source>
        <translation>Cannot count the rows</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法读取数据：{0}</source>
        <translation>Cannot read the data: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有符合筛选条件的记录。</source>
        <translation>No records match the filters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>读取失败</source>
        <translation>Read failed</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../casedesk/ui/login_dialog.py" line="-105"/>
        <source>登录 CaseDesk</source>
        <translation>Sign in to CaseDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请输入用户名</source>
        <translation>Enter the user name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在验证密码…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法登录：{0}</source>
        <translation>Cannot sign in: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="+59"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>期限提醒</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseDesk 数据文件 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>CaseDesk data files (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>已保存本单位信息</source>
        <translation>Saved the union&apos;s details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存界面语言，重新启动程序后生效</source>
        <translation>Language saved; it takes effect after CaseDesk restarts</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CaseDesk — {0}</source>
        <translation>CaseDesk — {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建咨询</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>上次打开的数据文件 {0} 已不存在，已打开默认数据文件</source>
        <translation>The data file opened last time, {0}, is no longer there; the default data file is open</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索全部记录…</source>
        <translation>Search all records…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查找重复的用人单位和职工…</source>
        <translation>Find duplicate employers and workers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>搜索（Ctrl+K）</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按姓名、电话、身份证号、编号或单位名称查找任何记录</source>
        <translation>Find any record by name, phone, ID number, case or document number or employer name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快捷键…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+173"/>
        <source>关于 CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+8"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 已经存在。要打开这个已有的数据库吗？</source>
        <translation>{0} already exists. Open this existing database?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在打开 {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消：仍使用当前的数据库。要打开的文件保持原样——如果已经开始升级，升级会整个撤销，文件仍是原来的版本，升级前的备份留在备份文件夹中；新建的文件不会留下。</source>
        <translation>Cancel: you stay on the current database. The file being opened is left as it was — an upgrade already under way is undone as a whole and the file keeps its old version (the backup taken before the upgrade stays in the backup folder); a new file is not left behind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在检查 {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份 {0}（升级数据库结构之前）…</source>
        <translation>Backing up {0} (before upgrading its database structure)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在升级 {0} 的数据库结构…</source>
        <translation>Upgrading the database structure of {0}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消打开 {0}，仍在使用 {1}</source>
        <translation>Opening {0} was cancelled; still using {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已打开 {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>当前使用的是服务器数据库（{0}），由服务器管理员负责备份。</source>
        <translation>This is a server database ({0}); the server administrator backs it up.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不能把数据库备份到它自己。请选择另一个文件名。</source>
        <translation>A database cannot be backed up onto itself. Choose another file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在备份到 {0}…</source>
        <translation>Backing up to {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：不会留下备份文件，当前数据不受影响。</source>
        <translation>Cancel: no backup file is left behind; the current data is not affected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份完成并已校验：
{0}</source>
        <translation>Backup finished and verified:
{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已取消备份，没有留下文件</source>
        <translation>Backup cancelled; no file was left behind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CaseDesk {0}
区总工会法律服务案件管理

数据库：{1}</source>
        <translation>CaseDesk {0}
Case management for a district trade union&apos;s legal services

Database: {1}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+18"/>
        <source>涉及人数至少为1人</source>
        <translation>Workers involved: at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体案件的涉及人数至少为2人</source>
        <translation>A collective case involves at least 2 workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件已结案，如需继续办理请先“重新办理”</source>
        <translation>The case is closed; to work on it again, use “Reopen” first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案须使用“结案”操作，并填写处理结果和挽回金额</source>
        <translation>To close a case use “Close case” and fill in the outcome and the amounts recovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件已处于“{current}”阶段</source>
        <translation>The case is already at the “{current}” stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理阶段只能向前推进：当前为“{current}”，不能退回“{target}”</source>
        <translation>The stage can only move forward: it is “{current}” now and cannot go back to “{target}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件已结案</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案须选择处理结果</source>
        <translation>Choose an outcome to close the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果“{outcome}”要求案件已进入“{needed}”阶段（当前为“{stage}”）</source>
        <translation>The outcome “{outcome}” needs the case to have reached the “{needed}” stage (it is at “{stage}”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案须填写结案日期</source>
        <translation>Fill in the closing date to close the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案日期 {closed_on} 早于受理日期 {intake_date}</source>
        <translation>The closing date {closed_on} is before the intake date {intake_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案日期 {closed_on} 不能晚于今天</source>
        <translation>The closing date {closed_on} cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}不能为负数</source>
        <translation>{what} cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}不能超过诉求金额</source>
        <translation>{what} cannot be more than the amount claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的{kind}：{text}</source>
        <translation>Unknown {kind}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额“{text}”无法识别（示例：1,234.50、1234.5元、¥1234、1.2万）</source>
        <translation>Amount “{text}” not recognised (examples: 1,234.50, 1234.5元, ¥1234, 1.2万)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额“{text}”不能为负数</source>
        <translation>Amount “{text}” cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额“{text}”过大</source>
        <translation>Amount “{text}” is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号从1开始</source>
        <translation>Sequence numbers start at 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号格式“{pattern}”必须恰好包含一次{p}</source>
        <translation>Number pattern “{pattern}” must contain {p} exactly once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期为空</source>
        <translation>The date is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期“{text}”无法识别（示例：2025-03-01、2025/3/1、2025.3.1、2025年3月1日）</source>
        <translation>Date “{text}” not recognised (examples: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期“{value}”无法识别</source>
        <translation>Date “{value}” not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期“{text}”不是有效的日期或时间</source>
        <translation>“{text}” is not a valid date or time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}“{value}”不是整数</source>
        <translation>{what}: “{value}” is not a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位，实际为{n}位</source>
        <translation>The ID number should have 18 characters; it has {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号前17位应为数字，末位为数字或X</source>
        <translation>The ID number&apos;s first 17 characters should be digits and the last a digit or X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期{s}不合理</source>
        <translation>The date of birth {s} in the ID number is not plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验位不正确，请核对</source>
        <translation>The ID number&apos;s check character is wrong; please check the number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码应为18位，实际为{n}位</source>
        <translation>The unified social credit code should have 18 characters; it has {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码含有不允许的字符：{items}（不使用I、O、S、V、Z）</source>
        <translation>The unified social credit code contains characters it cannot have: {items} (I, O, S, V and Z are not used)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码第3至8位应为行政区划码（数字）</source>
        <translation>Characters 3 to 8 of the unified social credit code should be the administrative division code (digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码校验位不正确，请核对</source>
        <translation>The unified social credit code&apos;s check character is wrong; please check the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号码“{value}”格式不正确（应为1开头的11位数字）</source>
        <translation>Mobile number “{value}” is not valid (11 digits starting with 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>固定电话“{value}”格式不正确（如0452-1234567）</source>
        <translation>Landline number “{value}” is not valid (e.g. 0452-1234567)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码为空</source>
        <translation>The phone number is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期{s}不是有效日期</source>
        <translation>The date of birth {s} in the ID number is not a valid date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话号码“{s}”既不是有效的手机号码也不是有效的固定电话</source>
        <translation>Phone number “{s}” is neither a valid mobile number nor a valid landline number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份校验失败：{detail}</source>
        <translation>The backup failed its check: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 不是 CaseDesk 数据文件（不是 SQLite 数据库，或文件已损坏）</source>
        <translation>{file} is not a CaseDesk data file (not an SQLite database, or the file is damaged)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件 {file} 不完整（缺少约 {kb} KB，可能在复制或断电时被截断）</source>
        <translation>The data file {file} is incomplete (about {kb} KB missing; it may have been cut short while being copied or by a power cut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取数据文件 {file}：{strerror}</source>
        <translation>Cannot read the data file {file}: {strerror}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库无法打开或已损坏（{location}）：{reason}</source>
        <translation>The database cannot be opened or is damaged ({location}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存未成功：另一位同事刚刚同时保存了这条记录，请重新打开后再修改</source>
        <translation>Not saved: a colleague saved this record at the same moment. Please open it again and redo your change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件不存在：{file}</source>
        <translation>The data file does not exist: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另一台电脑正在进行大批量保存（例如导入台账或批量发函），数据文件暂时无法写入。您填写的内容仍在窗口中，请稍后再保存</source>
        <translation>Another computer is saving a large batch (such as a ledger import or a batch of letters), so the data file cannot be written just now. What you typed is still in the window; please save again in a moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{display_location} 不是 CaseDesk 数据文件（含有未知的表）</source>
        <translation>{display_location} is not a CaseDesk data file (it has tables CaseDesk does not know)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件的架构版本 {rev} 比本程序更新，请升级 CaseDesk 后再打开（本程序支持到 {head_revision}）</source>
        <translation>The data file&apos;s schema version {rev} is newer than this program; upgrade CaseDesk before opening it (this program supports up to {head_revision})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号“{name}”为只读，不能修改数据</source>
        <translation>Account “{name}” is read-only and cannot change data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号“{name}”不是管理员，不能进行此操作</source>
        <translation>Account “{name}” is not an administrator and cannot do this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账号“{name}”为只读，只能看到遮蔽后的身份证号和电话</source>
        <translation>Account “{name}” is read-only and sees ID and phone numbers masked only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是文件：{source}</source>
        <translation>Not a file: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件过大（{size} MB，最大 {max} MB）：{file}</source>
        <translation>File too large ({size} MB, at most {max} MB): {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件文件名不能为空</source>
        <translation>The attachment&apos;s file name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该附件已被删除</source>
        <translation>This attachment has been deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件“{filename}”的文件不在本机的数据文件夹中（{parent}）</source>
        <translation>The file of attachment “{filename}” is not in this computer&apos;s data folder ({parent})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到文件：{source}</source>
        <translation>File not found: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件所属的办案记录不属于本案</source>
        <translation>The attachment&apos;s case record does not belong to this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件“{filename}”的文件已被修改或损坏（校验值不符）</source>
        <translation>The file of attachment “{filename}” has been changed or damaged (its checksum does not match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计记录 #{id} 的内容被删除（没有相应的保存期限清理记录）</source>
        <translation>The content of audit entry #{id} was deleted (with no retention purge to account for it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计记录 #{id} 之前的记录被删除或修改</source>
        <translation>An entry before audit entry #{id} was deleted or changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计记录 #{id} 的内容被修改</source>
        <translation>The content of audit entry #{id} was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码不正确</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：至少 {min} 个字符</source>
        <translation>Password: at least {min} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：最多 {max} 个字符</source>
        <translation>Password: at most {max} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：开头和结尾不能是空格</source>
        <translation>Password: cannot start or end with a space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：不能与用户名相同</source>
        <translation>Password: cannot be the same as the user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码：过于简单（至少包含 4 个不同的字符）</source>
        <translation>Password: too simple (use at least 4 different characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名：2–40 个字符，只能用英文字母、数字和 . _ @ -（例如 zhangmin）</source>
        <translation>User name: 2–40 characters, only Latin letters, digits and . _ @ - (e.g. zhangmin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名：没有账号“{login}”</source>
        <translation>User name: there is no account “{login}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属单位：没有单位“{organization}”</source>
        <translation>Union: there is no union “{organization}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名：不能为空</source>
        <translation>Name: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名：最多 40 个字</source>
        <translation>Name: at most 40 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有管理员账号，请用管理员账号登录后再添加账号</source>
        <translation>There is already an administrator account; sign in as an administrator to add accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名：“{login}”已被使用</source>
        <translation>User name: “{login}” is already taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能停用或降级最后一个管理员账号（请先添加另一个管理员）</source>
        <translation>The last administrator account cannot be disabled or demoted (add another administrator first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录失败次数过多，账号已锁定至 {until}，请稍后再试或请管理员解锁</source>
        <translation>Too many failed sign-ins: the account is locked until {until}. Try again later or ask an administrator to unlock it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连续 {limit} 次密码错误，账号已锁定至 {until}</source>
        <translation>{limit} wrong passwords in a row: the account is locked until {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此账号已停用，请联系管理员</source>
        <translation>This account is disabled; please contact an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色：应为 {items}（{items2}）</source>
        <translation>Role: should be {items} ({items2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原密码：不正确</source>
        <translation>Current password: not correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定时</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批量发函前</source>
        <translation>Before batch issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清理前</source>
        <translation>Before purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前使用的是服务器数据库（{location}），由服务器管理员用 pg_dump 备份（见 README“服务器模式”）</source>
        <translation>This is a server database ({location}); the server&apos;s administrator backs it up with pg_dump (see “Server mode” in the README)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件正在被使用：{holders_}。请对方退出后再恢复</source>
        <translation>The data file is in use: {holders_}. Ask them to close CaseDesk before restoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：请选择完整的文件夹路径（如 D:\CaseDesk备份），而不是“{chosen}”</source>
        <translation>{label}: choose a full folder path (such as D:\CaseDesk备份), not “{chosen}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{chosen} 是一个文件，不是文件夹</source>
        <translation>{label}: {chosen} is a file, not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：不能是数据文件所在的文件夹（{chosen}），请另选一个，最好在另一块磁盘上</source>
        <translation>{label}: it cannot be the data file&apos;s own folder ({chosen}); choose another, preferably on another disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：服务器数据库没有文件备份，由服务器管理员用 pg_dump 备份</source>
        <translation>{label}: a server database has no file backups; the server&apos;s administrator backs it up with pg_dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完好</source>
        <translation>intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能用数据文件自己来恢复</source>
        <translation>A data file cannot be restored from itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能恢复：{reason}</source>
        <translation>Cannot restore: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能把数据库备份到它自己，请换一个文件名</source>
        <translation>The database cannot be backed up onto itself; choose another file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：无法创建 {chosen}（{reason}）</source>
        <translation>{label}: cannot create {chosen} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{chosen} 不能写入（{reason}）</source>
        <translation>{label}: {chosen} cannot be written to ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不存在：{file}</source>
        <translation>The file does not exist: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 已损坏（{detail}）</source>
        <translation>{file} is damaged ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 不是 CaseDesk 数据文件</source>
        <translation>{file} is not a CaseDesk data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取 {file}：{reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 无法读取：{reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 来自更新版本的 CaseDesk（架构 {rev}），请先升级本程序</source>
        <translation>{file} comes from a newer CaseDesk (schema {rev}); upgrade this program first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 不是 SQLite 数据库</source>
        <translation>{file} is not an SQLite database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的案件类型“{text}”（可填：个人、集体）</source>
        <translation>Case type “{text}” not recognised (use 个人 or 集体)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的{what}“{text}”（可填：{value}）</source>
        <translation>{what} “{text}” not recognised (accepted: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的争议类别“{part}”（可填：{value}）</source>
        <translation>Dispute category “{part}” not recognised (accepted: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期 {intake} 晚于今天</source>
        <translation>The intake date {intake} is later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名过长（每人最多60字；多人请用顿号分隔）</source>
        <translation>Name too long (at most 60 characters each; separate several names with 、)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写了身份证号或电话时，申请人不能为空</source>
        <translation>When an ID number or phone is given, the applicant cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结案的案件须填写处理结果</source>
        <translation>A closed case needs an outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结案的案件须填写结案日期</source>
        <translation>A closed case needs a closing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案日期 {closed} 早于受理日期 {intake}</source>
        <translation>The closing date {closed} is before the intake date {intake}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案日期 {closed} 晚于今天</source>
        <translation>The closing date {closed} is later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 #{case_id} 不存在（可能已被删除）</source>
        <translation>Case #{case_id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该当事人已不在本案中</source>
        <translation>This party is no longer in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知道权利被侵害日期</source>
        <translation>Date the infringement became known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动关系终止日期</source>
        <translation>Date employment ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请调解日期</source>
        <translation>Mediation applied for on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请仲裁日期</source>
        <translation>Arbitration applied for on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁受理日期</source>
        <translation>Arbitration accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收到裁决书日期</source>
        <translation>Award received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅追索在职期间欠薪</source>
        <translation>Only wages owed during employment claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁期限延长</source>
        <translation>Arbitration period extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一裁终局</source>
        <translation>Award final at arbitration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求类型</source>
        <translation>Claim type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案情描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律援助律师</source>
        <translation>Legal-aid lawyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人角色</source>
        <translation>Party role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段变更</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录内容</source>
        <translation>Record text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除原因</source>
        <translation>Reason for deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field_name}不能为空</source>
        <translation>{field_name}: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field_name}过长（{n} 字，最多 {max_len} 字）</source>
        <translation>{field_name} is too long ({n} characters, at most {max_len})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field_name} {value} 不能晚于今天</source>
        <translation>{field_name} {value} cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人不是本系统的账号</source>
        <translation>The handler is not an account of this system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {number} 在您打开后已被他人修改，本次修改未保存</source>
        <translation>Case {number} was changed by someone else after you opened it; your change was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已结案，如需修改请先“重新办理”</source>
        <translation>Case {case_number} is closed; to change it, use “Reopen” first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求金额不能为负数</source>
        <translation>The amount claimed cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号不能为空</source>
        <translation>The case number cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号 {number} 已存在</source>
        <translation>Case number {number} already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写仲裁受理日期前须先填写申请仲裁日期</source>
        <translation>Fill in the date arbitration was applied for before the date it was accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写收到裁决书日期前须先填写仲裁受理日期</source>
        <translation>Fill in the date arbitration was accepted before the date the award was received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的案件字段：{items}</source>
        <translation>Unknown case fields: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}已是本案的{party_role}</source>
        <translation>{name} is already {party_role} in this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该诉求已被删除</source>
        <translation>This claim has been deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}日期</source>
        <translation>{what} date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}日期 {day} 早于受理日期 {intake_date}</source>
        <translation>{what} date {day} is before the intake date {intake_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挽回金额所对应的诉求不属于本案</source>
        <translation>The claim of the amount recovered does not belong to this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案须填写每项诉求的挽回金额（未填：{labels}）</source>
        <translation>To close the case fill in the amount recovered for every claim (missing: {labels})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 尚未结案，无需重新办理</source>
        <translation>Case {case_number} is not closed, so it need not be reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理后的阶段不能是“结案”</source>
        <translation>A reopened case cannot be at the “Closed” stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段变更记录由“推进阶段”、“结案”和“重新办理”自动生成</source>
        <translation>Stage change records are made by “Advance stage”, “Close case” and “Reopen”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录时间不能晚于今天</source>
        <translation>The record&apos;s time cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该记录已被删除</source>
        <translation>This record has been deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段变更记录不能修改或删除</source>
        <translation>Stage change records cannot be edited or deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以删除案件</source>
        <translation>Only an administrator can delete cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已关联 {linked} 条咨询、{notices} 份文书，不能删除</source>
        <translation>Case {case_number} is linked to {linked} consultation(s) and {notices} letter(s) and cannot be deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field_name}“{value}”无法识别（可选：{choices}）</source>
        <translation>{field_name} “{value}” not recognised (choose from: {choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求说明</source>
        <translation>Claim note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询记录 #{consultation_id} 不存在</source>
        <translation>Consultation #{consultation_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该咨询已转为案件 {linked}</source>
        <translation>This consultation has already become case {linked}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写了申请人电话或身份证号时，申请人姓名不能为空</source>
        <translation>When the applicant&apos;s phone or ID number is given, the applicant&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}（{b}）不能早于{label2}（{a}）</source>
        <translation>{label} ({b}) cannot be earlier than {label2} ({a})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期不能为空</source>
        <translation>Intake date: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当场答复</source>
        <translation>Answered on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转立案</source>
        <translation>Opened as a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的处理方式“{text}”（可填：{items}）</source>
        <translation>Handling “{text}” not recognised (accepted: {items})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号“{case_number}”不存在（请先导入案件台账）</source>
        <translation>Case number “{case_number}” does not exist (import the case ledger first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写了案件编号，处理方式应为“转立案”</source>
        <translation>A case number is given, so the handling should be “转立案” (opened as a case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题类别</source>
        <translation>Question category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理方式</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此咨询记录已被其他人修改，请关闭后重新打开再修改（您的输入未保存）</source>
        <translation>Someone else has changed this consultation; close it and open it again to make your change (what you typed was not saved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能为空</source>
        <translation>{label}: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}不能早于受理时间</source>
        <translation>{what} cannot be earlier than the time received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}不能晚于今天</source>
        <translation>{what} cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理时间不能晚于当前时间</source>
        <translation>The time received cannot be later than now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题描述不能为空</source>
        <translation>Question: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题描述过长（最多 {max} 字）</source>
        <translation>Question too long (at most {max} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复内容过长（最多 {max} 字）</source>
        <translation>Answer too long (at most {max} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数至少为1</source>
        <translation>Workers involved: at least 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来电人姓名过长（最多60字）</source>
        <translation>Caller&apos;s name too long (at most 60 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访期限不能早于受理时间</source>
        <translation>The follow-up due date cannot be earlier than the time received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访期限应为1至{max}个工作日</source>
        <translation>The follow-up period should be 1 to {max} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询记录 #{consultation_id} 不存在（可能已被删除）</source>
        <translation>Consultation #{consultation_id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转立案的咨询不能改为其他处理方式</source>
        <translation>A consultation opened as a case cannot be given another handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转立案的咨询不能再转办</source>
        <translation>A consultation opened as a case cannot be referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访结果不能为空</source>
        <translation>Follow-up result: must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此咨询已转立案（案件编号 {number}）</source>
        <translation>This consultation has been opened as a case (case number {number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}“{value}”不在可选范围内</source>
        <translation>{label} “{value}” is not one of the choices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{exc}</source>
        <translation>{label}: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办时须选择转办单位</source>
        <translation>Choose where the consultation is referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选用人单位已不存在，请重新选择</source>
        <translation>The chosen employer no longer exists; please choose again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码与所选用人单位“{name}”登记的不一致</source>
        <translation>The unified social credit code differs from the one recorded for the chosen employer “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选来电人记录已不存在，请重新选择</source>
        <translation>The chosen caller record no longer exists; please choose again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号与所选职工“{name}”登记的不一致</source>
        <translation>The ID number differs from the one recorded for the chosen worker “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的数据规模“{scale}”，可选：{items}</source>
        <translation>Unknown data scale “{scale}”; choose from: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库中已有{what}记录；演示数据只能装入没有业务数据的数据库，请换一个新的数据文件</source>
        <translation>The database already has records ({what}); demo data can only go into a database without office data, so use a new data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件当事人</source>
        <translation>Case parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码相同</source>
        <translation>Same unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称相同</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址相同</source>
        <translation>Same address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号相同</source>
        <translation>Same ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名和电话相同</source>
        <translation>Same name and phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名和用人单位相同</source>
        <translation>Same name and employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名和用人单位相同（电话不同）</source>
        <translation>Same name and employer (different phones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的记录类型“{kind}”，可选：{enterprises}、{workers}</source>
        <translation>Unknown record type “{kind}”; choose from: {enterprises}, {workers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}记录 #{record_id} 已不存在（可能已被合并或删除）</source>
        <translation>{label} record #{record_id} no longer exists (it may have been merged or deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择两条不同的记录</source>
        <translation>Choose two different records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}记录 #{missing} 已不存在（可能已被合并或删除），请重新查找</source>
        <translation>{label} record #{missing} no longer exists (it may have been merged or deleted); please search again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两条记录的{label}不同，是两个不同的{what}，不能合并</source>
        <translation>The two records have different {label}, so they are two different {what} and cannot be merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计记录 #{audit_id} 不是一次合并操作</source>
        <translation>Audit entry #{audit_id} is not a merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计记录 #{audit_id} 的合并内容已按数据保留期限清除，无法撤销</source>
        <translation>The merge in audit entry #{audit_id} was cleared under the retention period and cannot be undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这次合并已经撤销过了</source>
        <translation>This merge has already been undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留的记录 #{survivor_id} 已不存在（可能又被合并到其他记录），请先撤销之后的那次合并</source>
        <translation>The kept record #{survivor_id} no longer exists (it may have been merged into another record since); undo that later merge first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码 {snapshot} 现在登记在“{holder}”名下，无法恢复被合并的单位</source>
        <translation>The unified social credit code {snapshot} is now recorded for “{holder}”, so the merged employer cannot be restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去掉地区和公司类型后名称相同：{core}</source>
        <translation>Same name without the region and company type: {core}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话相同（姓名不同：{first} / {second}）</source>
        <translation>Same phone (different names: {first} / {second})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称相近（{percent}%）：{core} / {other}</source>
        <translation>Similar names ({percent}%): {core} / {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位 #{enterprise_id} 不存在</source>
        <translation>Employer #{enterprise_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：请填写本单位的名称</source>
        <translation>{label}: fill in the name of your union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认密码：两次输入的密码不一致</source>
        <translation>Confirm password: the two passwords differ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的台账类型“{kind}”</source>
        <translation>Unknown ledger type “{kind}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门 #{body_id} 不存在</source>
        <translation>Government body #{body_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名录中已有“{values}”</source>
        <translation>The directory already has “{values}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门名称不能为空</source>
        <translation>The body&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门名称过长（最多 {max} 字）</source>
        <translation>The body&apos;s name is too long (at most {max} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址过长（最多 {max} 字）</source>
        <translation>The address is too long (at most {max} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门类型“{kind}”无法识别（可选：{items}）</source>
        <translation>Body type “{kind}” not recognised (choose from: {items})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以维护节假日</source>
        <translation>Only an administrator can maintain the holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节日名称过长（最多 {max} 字）</source>
        <translation>The holiday&apos;s name is too long (at most {max} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be earlier than the start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次最多标记31天</source>
        <translation>At most 31 days can be marked at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据“{text}”格式不正确（应为《法律名称》第N条，如《中华人民共和国劳动合同法》第三十条）</source>
        <translation>Legal basis “{text}” is not in the right form (《law name》第N条, e.g. 《中华人民共和国劳动合同法》第三十条)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条文要点不能为空</source>
        <translation>The article&apos;s gist cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条文要点过长（{n} 字，最多 {max} 字）</source>
        <translation>The article&apos;s gist is too long ({n} characters, at most {max})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目录中没有 {key}</source>
        <translation>The catalogue has no {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以修改法律条文目录</source>
        <translation>Only an administrator can change the catalogue of law articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>违法类型“{v}”无法识别</source>
        <translation>Violation type “{v}” not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(无扩展名)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 是空文件</source>
        <translation>{file} is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv</source>
        <translation>File type {suffix} is not supported: use .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的导出格式 {suffix}：请使用 .xlsx 或 .csv</source>
        <translation>Export format {suffix} is not supported: use .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别文件编码（支持 UTF-8、GB18030/GBK）</source>
        <translation>The file&apos;s encoding is not recognised (UTF-8 and GB18030/GBK are supported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取 Excel 文件 {file}：{exc}</source>
        <translation>Cannot read the Excel file {file}: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 不是文本格式的 CSV 文件</source>
        <translation>{file} is not a CSV text file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{row}行【{column}】{reason}</source>
        <translation>Row {row} [{column}]: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}：读取 {read} 行，导入 {imported} 行，跳过错误行 {skipped} 行，重复 {duplicates} 行，错误 {errors} 处{mode}</source>
        <translation>{file}: {read} rows read, {imported} imported, {skipped} bad rows skipped, {duplicates} duplicates, {errors} errors{mode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} 缺少必需的列：{items}（第一行应为表头）</source>
        <translation>{file} lacks required columns: {items} (the first row should be the headers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入已取消，未写入任何数据：{n} 处错误</source>
        <translation>Import cancelled, nothing was written: {n} errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容过长（{n} 字，最多 {max_len} 字）</source>
        <translation>too long ({n} characters, at most {max_len})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（试运行，未写入）</source>
        <translation> (dry run, nothing written)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}模板有误：{problems_}</source>
        <translation>The {kind} template has errors: {problems_}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以修改文书模板</source>
        <translation>Only an administrator can change the letter templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>模板为空</source>
        <translation>The template is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>模板过长（{n} 字，最多 {max} 字）</source>
        <translation>The template is too long ({n} characters, at most {max})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少必需的字段：{fields}</source>
        <translation>Required fields missing: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{line}行第{col}列：“$”后应为字段名，如 ${{查明事实}}；要印出美元符号请写 $$</source>
        <translation>Line {line}, column {col}: “$” should be followed by a field name such as ${{查明事实}}; to print a dollar sign write $$</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{line}行第{col}列：未知字段 ${{{name}}}（可用字段：{fields}）</source>
        <translation>Line {line}, column {col}: unknown field ${{{name}}} (fields: {fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有选中任何用人单位</source>
        <translation>No employer is selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次最多发出 {max} 份专项提示函</source>
        <translation>At most {max} batch reminder letters can be issued at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分整改</source>
        <translation>Partly rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复</source>
        <translation>Overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已升级</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的文书类型“{kind_text}”（可填：提示函、意见书、建议书）</source>
        <translation>Letter type “{kind_text}” not recognised (use 提示函, 意见书 or 建议书)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的整改情况“{result_text}”（可填：{items}）</source>
        <translation>Rectification “{result_text}” not recognised (accepted: {items})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达日期早于发出日期</source>
        <translation>The delivery date is before the date of issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复日期早于送达日期</source>
        <translation>The reply date is before the delivery date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书编号中的年份{parts}与发出日期{issued_on}不符</source>
        <translation>The year {parts} in the document number does not match the date of issue {issued_on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法识别的违法类型“{part}”</source>
        <translation>Violation type “{part}” not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以修改文书字体和印章</source>
        <translation>Only an administrator can change the letter fonts and seal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印章图片过大（最多 2 MB）</source>
        <translation>The seal image is too large (at most 2 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印章图片应为 PNG（推荐，透明背景）或 JPEG 文件</source>
        <translation>The seal image should be a PNG (recommended, with a transparent background) or JPEG file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抄送检察院：请先在政府部门名录中添加人民检察院</source>
        <translation>Copy to the procuratorate: first add the people&apos;s procuratorate to the directory of government bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印章图片无法读取，文件可能已损坏</source>
        <translation>The seal image cannot be read; the file may be damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法使用字体 {font}</source>
        <translation>Cannot use the font {font}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起草</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记回复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记整改情况</source>
        <translation>Record rectification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记逾期未回复</source>
        <translation>Record overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批量签发</source>
        <translation>Batch issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份文书已被他人修改，请关闭后重新打开再操作（您填写的内容仍保留在窗口中）</source>
        <translation>Someone else has changed this letter; close it and open it again (what you typed is still in the window)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒收见证人</source>
        <translation>Witness of the refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结日期</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书 #{notice_id} 不存在</source>
        <translation>Letter #{notice_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以修改默认回复期限</source>
        <translation>Only an administrator can change the default reply periods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复期限应为1至{max}之间的整数</source>
        <translation>The reply period should be a whole number from 1 to {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}日</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 #{case_id} 不存在</source>
        <translation>Case #{case_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有建议书抄送人民检察院</source>
        <translation>Only recommendation letters are copied to the people&apos;s procuratorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明的事实</source>
        <translation>Facts found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改要求</source>
        <translation>Rectification requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书 {number} 已签发，内容不能再修改</source>
        <translation>Letter {number} has been issued; its text can no longer be changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升级产生的文书不能改变类型</source>
        <translation>A letter made by escalation cannot change its type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签发的文书不能删除，只能办结</source>
        <translation>An issued letter cannot be deleted, only closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书 {number} 已签发</source>
        <translation>Letter {number} has already been issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚不能签发：{problems_}</source>
        <translation>Cannot be issued yet: {problems_}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有已发出、尚未回复的文书可以登记送达</source>
        <translation>Delivery can only be recorded for a letter that has been issued and not yet replied to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书尚未签发</source>
        <translation>The letter has not been issued yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达日期不能早于发文日期 {issued_on}</source>
        <translation>The delivery date cannot be earlier than the date of issue {issued_on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接送达须填写签收人；拒收的，填写见证人</source>
        <translation>Delivery in person needs the name of who received it; if it was refused, the witness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签收人和拒收见证人只能填写一项（拒收时不填签收人）</source>
        <translation>Fill in either who received it or the witness of the refusal, not both (no recipient when refused)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先登记送达，再登记回复</source>
        <translation>Record the delivery before the reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书已{status}，不能再登记回复</source>
        <translation>The letter is {status}; no reply can be recorded now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复日期不能早于送达日期 {delivered_on}</source>
        <translation>The reply date cannot be earlier than the delivery date {delivered_on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写回复内容（可简要摘录）</source>
        <translation>Fill in the reply (a short extract will do)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改情况“{value}”无法识别（已整改、部分整改、未整改）</source>
        <translation>Rectification “{value}” not recognised (已整改, 部分整改 or 未整改)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书状态为“{label}”，不能登记整改情况</source>
        <translation>The letter&apos;s status is “{label}”; rectification cannot be recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复期限（{due}）尚未届满，不能登记为逾期未回复</source>
        <translation>The reply is not due until {due}, so it cannot be recorded as overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿不能办结（不需要的草稿请删除）</source>
        <translation>A draft cannot be closed (delete drafts you do not need)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书已办结</source>
        <translation>The letter is already closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结日期不能早于发文日期 {issued_on}</source>
        <translation>The closing date cannot be earlier than the date of issue {issued_on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议书是最后一级文书，不能再升级（可抄送人民检察院）</source>
        <translation>A recommendation letter is the last step and cannot be escalated (it can be copied to the people&apos;s procuratorate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份文书已升级为{label}（{label2}）</source>
        <translation>This letter has already been escalated to a {label} ({label2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书状态为“{label}”：逾期未回复、未整改或部分整改的文书才能升级</source>
        <translation>The letter&apos;s status is “{label}”: only letters overdue, not rectified or partly rectified can be escalated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书编号不能为空</source>
        <translation>The document number cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书编号 {number} 已存在</source>
        <translation>Document number {number} already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入的文书不能是草稿</source>
        <translation>An imported letter cannot be a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到文书“{text}”（请输入发文字号，如 铁工监提〔2025〕3号，或记录编号）</source>
        <translation>No letter “{text}” (give the document number, such as 铁工监提〔2025〕3号, or the record number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书类型“{kind}”无法识别（可选：提示函、意见书、建议书）</source>
        <translation>Letter type “{kind}” not recognised (提示函, 意见书 or 建议书)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示函、意见书的送达对象是用人单位，不能选择政府部门</source>
        <translation>Reminder and opinion letters go to an employer; a government body cannot be chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门 #{department_id} 不存在</source>
        <translation>Government body #{department_id} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议书主送劳动行政部门或人民政府；人民检察院请用“抄送检察院”</source>
        <translation>A recommendation letter goes to the labour administration or the people&apos;s government; for the people&apos;s procuratorate use “Copy to the procuratorate”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}只能升级为{value}</source>
        <translation>A {label} can only be escalated to a {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写查明的事实</source>
        <translation>Fill in the facts found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写整改要求</source>
        <translation>Fill in the rectification requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写建议事项</source>
        <translation>Fill in the recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择至少一条法律依据</source>
        <translation>Choose at least one legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择违法类型</source>
        <translation>Choose the violation types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文日期不能早于前一份文书的发文日期 {issued_on}</source>
        <translation>The date of issue cannot be earlier than the previous letter&apos;s date of issue {issued_on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达方式“{method}”无法识别（直接送达、邮寄、电子）</source>
        <translation>Delivery method “{method}” not recognised (直接送达, 邮寄 or 电子)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮寄送达须填写邮件号码（EMS单号）</source>
        <translation>Delivery by post needs the tracking number (EMS number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮件号码“{tracking_number}”格式不正确（8至30位字母或数字）</source>
        <translation>Tracking number “{tracking_number}” is not valid (8 to 30 letters or digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有邮寄送达填写邮件号码</source>
        <translation>A tracking number is only for delivery by post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要问题</source>
        <translation>Main problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书 {number} 是导入的历史记录，系统中没有它的存档PDF</source>
        <translation>Letter {number} is an imported historical record; there is no archived PDF of it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限单位“{deadline_unit}”无法识别（工作日或自然日）</source>
        <translation>Period unit “{deadline_unit}” not recognised (工作日 or 自然日)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话：{exc}</source>
        <translation>Contact phone: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择建议书主送的政府部门</source>
        <translation>Choose the government body the recommendation letter goes to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择被监督的用人单位</source>
        <translation>Choose the employer being supervised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择送达对象（用人单位）</source>
        <translation>Choose the addressee (the employer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的设置项“{key}”</source>
        <translation>Unknown setting “{key}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec}：应为 {minimum} 至 {maximum} {unit}</source>
        <translation>{spec}: should be {minimum} to {maximum} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言：可选 {items}</source>
        <translation>Language: choose from {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的单位信息字段：{items}</source>
        <translation>Unknown union detail fields: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工会名称不能为空</source>
        <translation>The union name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工会名称：“{name}”已存在</source>
        <translation>Union name: “{name}” already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：与“{other}”相同，共用一个数据库的各单位编号格式必须不同（例如加上区名简称）</source>
        <translation>{label}: the same as “{other}”; unions sharing a database need different number patterns (add the district&apos;s short name, for example)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级单位：没有单位“{parent}”</source>
        <translation>Parent union: there is no union “{parent}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位名称不能为空</source>
        <translation>The employer&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工姓名不能为空</source>
        <translation>The worker&apos;s name cannot be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报表文件“{file}”的类型不支持：请用 .pdf 或 .xlsx</source>
        <translation>Report file “{file}”: type not supported, use .pdf or .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存期限：至少 {min} 年（个人信息保护法第五十五、五十六条要求处理记录至少保存三年）</source>
        <translation>Retention: at least {min} years (Personal Information Protection Law Art. 55, 56 require processing records to be kept at least three years)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存期限截止日：{cutoff}（此前结案的案件、此前受理的咨询）{mode}</source>
        <translation>Retention cut-off: {cutoff} (cases closed and consultations received before it){mode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匿名化案件 {cases} 件，咨询 {consultations} 条，职工记录 {workers} 条</source>
        <translation>Anonymised {cases} case(s), {consultations} consultation(s), {workers} worker record(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除附件 {attachments} 个，审计记录去除个人信息 {audit_rows} 条</source>
        <translation>Deleted {attachments} attachment(s); personal details removed from {audit_rows} audit entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（试运行，未修改）</source>
        <translation> (dry run, nothing changed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期间的结束日期 {date_to} 早于开始日期 {date_from}</source>
        <translation>The period&apos;s end date {date_to} is before its start date {date_from}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人“{text}”不存在（请填写工作人员的姓名或登录名）</source>
        <translation>There is no handler “{text}” (give a staff member&apos;s name or user name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人“{text}”有重名，请改用登录名</source>
        <translation>More than one handler is called “{text}”; use the user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业“{industry}”不存在</source>
        <translation>There is no industry “{industry}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用工形式“{employment_form}”不存在</source>
        <translation>There is no employment form “{employment_form}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人：{name}</source>
        <translation>Handled by: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>街道：{street}</source>
        <translation>Street: {street}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业：{industry}</source>
        <translation>Industry: {industry}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用工形式：{form}</source>
        <translation>Employment form: {form}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期间“{text}”无法识别（示例：2025、2025-Q1、2025-03、2025-01-01..2025-06-30）</source>
        <translation>Period “{text}” not recognised (examples: 2025, 2025-Q1, 2025-03, 2025-01-01..2025-06-30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期间的结束日期 {end} 早于开始日期 {start}</source>
        <translation>The period&apos;s end date {end} is before its start date {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}（{outcome}，{closed}）</source>
        <translation>{stage} ({outcome}, {closed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}  {source}  受理 {intake}  {stage}</source>
        <translation>{number}  {source}  intake {intake}  {stage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位：{enterprise}  {kind} {workers} 人  承办人：{handler}</source>
        <translation>Employer: {enterprise}  {kind}, {workers} worker(s)  Handled by: {handler}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>争议类别：{categories}</source>
        <translation>Dispute categories: {categories}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额 {claimed} 元，挽回 {recovered} 元，受益职工 {workers} 人</source>
        <translation>Amount involved {claimed} yuan, recovered {recovered} yuan, {workers} worker(s) benefited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已过 {n} 天</source>
        <translation>{n} day(s) overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余 {n} 天</source>
        <translation>{n} day(s) left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {role}：{name} {phone} {id_number}</source>
        <translation>  {role}: {name} {phone} {id_number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  诉求 {kind}：{claimed} 元，挽回 {recovered} 元</source>
        <translation>  Claim {kind}: {claimed} yuan, recovered {recovered} yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  期限 {label}（{article}）：{due}  {left}</source>
        <translation>  Deadline {label} ({article}): {due}  {left}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{due}  {left}  {number}  {label}（{article}）  {applicant}  {enterprise}  {handler}</source>
        <translation>{due}  {left}  {number}  {label} ({article})  {applicant}  {enterprise}  {handler}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（列出最早的 {n} 件）</source>
        <translation> (the {n} oldest listed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}（存档原件）</source>
        <translation>{number} (archived original)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id}（草稿样稿）</source>
        <translation>#{id} (draft proof)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书：工会劳动法律监督{kind} {number}</source>
        <translation>Letter: {kind} (trade union labour-law supervision) {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达对象：{addressee}</source>
        <translation>Addressee: {addressee}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文日期：{issued}&#x3000;送达日期：{delivered}&#x3000;回复期限：{due}&#x3000;回复日期：{replied}</source>
        <translation>Issued: {issued}  Delivered: {delivered}  Reply due: {due}  Replied: {replied}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明的事实：{facts}</source>
        <translation>Facts found: {facts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据：{basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升级链：{chain}</source>
        <translation>Escalation chain: {chain}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复：{total} 件{shown}</source>
        <translation>Overdue replies: {total}{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}	{kind}	{addressee}	期限 {due}	逾期 {days} 天</source>
        <translation>{number}	{kind}	{addressee}	due {due}	{days} day(s) overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份：{file}</source>
        <translation>Backup: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{org} 法律服务工作统计</source>
        <translation>{org}: legal service statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计期间：{period}（{start} 至 {end}）</source>
        <translation>Period: {period} ({start} to {end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{exc}（可选：{choices}）</source>
        <translation>{exc} (choose from: {choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选：{filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正文（仿宋）</source>
        <translation>Body (FangSong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题（小标宋）</source>
        <translation>Title (XiaoBiaoSong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小标题（黑体）</source>
        <translation>Headings (HeiTi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>页码（宋体）</source>
        <translation>Page numbers (SimSun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}：{font}（{where}，{embed}）</source>
        <translation>{role}: {font} ({where}, {embed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFF/OpenType 轮廓，ReportLab 不能嵌入</source>
        <translation>CFF/OpenType outlines, which ReportLab cannot embed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字体许可不允许嵌入</source>
        <translation>the font&apos;s licence does not allow embedding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReportLab 内置字体</source>
        <translation>ReportLab built-in font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>嵌入PDF</source>
        <translation>embedded in the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未嵌入，阅读电脑须有中文字体</source>
        <translation>not embedded: the reading computer needs a Chinese font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}：已跳过 {skipped}</source>
        <translation>{role}: skipped {skipped}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置中的字体文件不存在：{path}</source>
        <translation>The font file in Settings does not exist: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}未找到可嵌入的 TrueType 中文字体，PDF 不携带字体，换电脑打开可能显示异常</source>
        <translation>{role}: no embeddable TrueType Chinese font was found; the PDF carries no font and may look wrong on another computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}：{reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询渠道</source>
        <translation>consultation channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>违法类型</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工群体</source>
        <translation>worker group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询状态</source>
        <translation>consultation status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办案记录类型</source>
        <translation>case record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书类型</source>
        <translation>letter type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书状态</source>
        <translation>letter status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>送达方式</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限单位</source>
        <translation>period unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户角色</source>
        <translation>user role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有制</source>
        <translation>ownership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门类型</source>
        <translation>government body type</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/messages.py" line="+33"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../casedesk/ui/case_widgets.py" line="-104"/>
        <source>单位：元。可填 1,234.50、1234.5元、¥1234、1.2万</source>
        <translation>In yuan. 1,234.50, 1234.5元, ¥1234 and 1.2万 are understood</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="-148"/>
        <source>新建案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>姓名（集体案件填一名申请人，其余可在案件中添加）</source>
        <translation>Name (for a collective case one applicant; add the others in the case)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>输入名称或拼音首字母，如 tfq</source>
        <translation>Type a name or its pinyin initials, e.g. tfq</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>集体案件</source>
        <translation>Collective case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 人</source>
        <translation> workers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（暂不填写）</source>
        <translation>(not now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本案情：何时、何事、诉求</source>
        <translation>The facts: when, what, what is claimed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉求</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案情描述</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>NoticeDialogs</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="-172"/>
        <source>{0}不能为空</source>
        <translation>{0}: must not be empty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>签发文书</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>登记回复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>登记整改情况</source>
        <translation>Record rectification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>办结文书</source>
        <translation>Close letter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>升级为建议书</source>
        <translation>Escalate to a recommendation letter</translation>
    </message>
</context>
<context>
    <name>NoticeListPage</name>
    <message>
        <location filename="../../casedesk/ui/notice_list.py" line="+73"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复</source>
        <translation>Overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文日期（起）</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文日期（止）</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索文号（如 〔2025〕3号）或送达对象名称</source>
        <translation>Search document number (e.g. 〔2025〕3号) or addressee</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>发文日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>新建文书</source>
        <translation>New letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起草一份提示函、意见书或建议书</source>
        <translation>Draft a reminder, opinion or recommendation letter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>专项提示函…</source>
        <translation>Batch reminder letters…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>向一批用人单位同时发出提示函（每份一个文号）</source>
        <translation>Send a reminder letter to many employers at once (each with its own number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把当前筛选出的文书导出为 Excel 或 CSV（与导入格式相同）</source>
        <translation>Export the filtered letters to Excel or CSV (same layout as the import)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文书设置…</source>
        <translation>Letter settings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文书模板、法律条文目录、政府部门名录、回复期限、字体和印章</source>
        <translation>Letter templates, law catalogue, government bodies, reply periods, fonts and seal</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>导出一函两书台账</source>
        <translation>Export supervision letter ledger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出到 {0}…</source>
        <translation>Exporting to {0}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导出 {0} 份文书到
{1}</source>
        <translation>Exported {0} letters to
{1}</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="+72"/>
        <source>文书设置</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>文书模板</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>法律条文目录</source>
        <translation>Law catalogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>政府部门</source>
        <translation>Government bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限、字体和印章</source>
        <translation>Periods, fonts and seal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有管理员可以修改这些设置；您可以查看。</source>
        <translation>Only an administrator can change these settings; you can view them.</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../casedesk/ui/notice_form.py" line="+144"/>
        <source>输入单位名称或拼音首字母，选择已有单位；新名称在保存时登记</source>
        <translation>Type an employer name or its pinyin initials to pick an existing one; a new name is registered on saving</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>统一社会信用代码：{0}</source>
        <translation>Unified social credit code: {0}</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>（新单位，保存时登记）</source>
        <translation>(new employer, registered on saving)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可选，如 法援〔2025〕12号</source>
        <translation>Optional, e.g. 法援〔2025〕12号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查明的事实：时间、人数、金额、具体情形</source>
        <translation>The facts found: when, how many, how much, what happened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择条文…</source>
        <translation>Choose articles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>整改意见（建议书为建议事项），可分条：1. …</source>
        <translation>Rectification requests (recommendations for a recommendation letter), point by point: 1. …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>抄送同级人民检察院</source>
        <translation>Copy to the people&apos;s procuratorate at the same level</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>（自送达之日起计算）</source>
        <translation>(counted from the day of delivery)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>文书类型</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主送部门</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关联案件</source>
        <translation>Related case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>违法类型</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明的事实</source>
        <translation>Facts found</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+246"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+95"/>
        <source>整改要求</source>
        <translation>Rectification requests</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+19"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>发文</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>整改情况</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>存档PDF</source>
        <translation>Archived PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办理情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签发…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+300"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>打印 / 另存PDF…</source>
        <translation>Print / save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记送达…</source>
        <translation>Record delivery…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记回复…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记整改情况…</source>
        <translation>Record rectification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复</source>
        <translation>Overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升级…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结…</source>
        <translation>Close letter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>建议事项</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>（已逾期）</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>升级链：</source>
        <translation>Escalation chain:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>签发前还需：</source>
        <translation>Still needed before issuing:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未签发</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>拒收，见证人：{0}</source>
        <translation>Refused, witness: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，邮件号码 {0}</source>
        <translation>, item number {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未送达</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>送达后按 {0} 计算</source>
        <translation>Counted as {0} after delivery</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>签发时生成</source>
        <translation>Assigned on issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已存档，重印与原件逐字节相同</source>
        <translation>Archived; reprints are byte-identical to the original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入的历史记录，无存档PDF</source>
        <translation>Imported history, no archived PDF</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>关联案件：找不到案件编号“{0}”</source>
        <translation>Related case: case number “{0}” not found</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无法预览</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在生成文书PDF…</source>
        <translation>Typesetting the letter&apos;s PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>样稿：签发前的预览，编号留空。</source>
        <translation>Proof: a preview before issue, the number left blank.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>存档原件：打印和另存的都是签发时冻结的PDF。</source>
        <translation>Archived original: printing and saving use the PDF frozen when it was issued.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>样稿</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>签发文书</source>
        <translation>Issue the letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在编号并生成存档PDF…</source>
        <translation>Numbering the letter and making its archive PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>删除这份草稿？此操作不能撤销。</source>
        <translation>Delete this draft? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>升级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>政府部门名录为空：请先在“文书设置 &gt; 政府部门”中添加人社局或劳动保障监察机构。</source>
        <translation>The list of government bodies is empty: first add the human resources and social security bureau or the labour inspection agency under Letter settings &gt; Government bodies.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>根据这份{0}起草{1}？事实、法律依据和用人单位将带入新文书，并引用本文书的编号和日期。</source>
        <translation>Draft a {1} from this {0}? The facts, legal basis and employer are carried into the new letter, which cites this letter&apos;s number and date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未升级</source>
        <translation>Not escalated</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿有未保存的修改，保存吗？</source>
        <translation>The draft has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>OrgLabels</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="-510"/>
        <source>工会名称</source>
        <translation>Union name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文机关标志</source>
        <translation>Issuing authority mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号格式</source>
        <translation>Case number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示函文号格式</source>
        <translation>Reminder letter number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见书文号格式</source>
        <translation>Opinion letter number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议书文号格式</source>
        <translation>Recommendation letter number format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>OrgSection</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="-158"/>
        <source>编号格式中用 {year} 代表年份、{seq} 代表序号，例如：法援〔{year}〕{seq}号。右侧是按格式下一个要发出的编号；已发出的编号不会改变。</source>
        <translation>In a number format {year} stands for the year and {seq} for the sequence number, e.g. 法援〔{year}〕{seq}号. On the right is the next number each format will give; numbers already issued do not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>下一个：{0}</source>
        <translation>Next: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>格式有误</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="+119"/>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_preview.py" line="+151"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+39"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+5"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>正在送往打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：已送出的页照常打印，其余的页不再送出。</source>
        <translation>Cancel: pages already sent still print; the remaining pages are not sent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已送打印 {0} 页</source>
        <translation>Sent {0} pages to the printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已取消打印，已送出 {0} 页</source>
        <translation>Printing cancelled; {0} page(s) had been sent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../casedesk/ui/period_picker.py" line="+13"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../casedesk/ui/progress.py" line="+58"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="-24"/>
        <source>核实的整改情况</source>
        <translation>Rectification as verified</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="+24"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转办或待处理的咨询，在转办日期（或来电日期）后这么多个工作日回访</source>
        <translation>Referred or pending consultations are followed up this many working days after the referral date (or the call date)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回访期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访期限只影响以后登记的咨询；已登记的保留原来的回访日期。工作日按节假日和调休安排计算。</source>
        <translation>The follow-up period applies to consultations logged from now on; those already logged keep their follow-up date. Working days follow the holidays and make-up working days.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="-48"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>如：单位未按调解协议付款，职工要求继续维权</source>
        <translation>e.g. the employer did not pay as the mediation agreement says; the worker wants to go on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新办理原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回到阶段</source>
        <translation>Back to stage</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../casedesk/ui/notice_dialogs.py" line="-17"/>
        <location line="+5"/>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>回复的主要内容（可摘录）</source>
        <translation>Main points of the reply (may be excerpted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚待核实</source>
        <translation>Still to verify</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改情况</source>
        <translation>Rectification</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../casedesk/ui/safety_dialogs.py" line="+99"/>
        <source>正在检查 {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：不使用这个备份，当前数据不变。</source>
        <translation>Cancel: this backup is not used; the current data stays as it is.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="+185"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下面是保存和导入的结果。</source>
        <translation>The results of saving and importing are below.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有保存：{0}
数据库保持原样。按“完成”关闭，然后重新启动程序再试。</source>
        <translation>Not saved: {0}
The database is unchanged. Press Finish to close, then start CaseDesk again and retry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>设置完成。按“完成”进入工作台。</source>
        <translation>All set. Press Finish to open the dashboard.</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+512"/>
        <source>数据文件已损坏</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>

没有找到这个文件的完好备份。可以选择一个备份文件，或退出后请技术人员检查。</source>
        <translation>

No good backup of this file was found. Choose a backup file, or quit and have a technician check it.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>选择备份文件…</source>
        <translation>Choose backup file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件正在使用中</source>
        <translation>The data file is in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续打开</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件在网络共享上</source>
        <translation>The data file is on a network share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复会用所选备份替换当前数据；替换前会先把当前数据另存一份备份，不会丢失。请先确认其他电脑已关闭 CaseDesk。</source>
        <translation>Restoring replaces the current data with the chosen backup; the current data is first saved as another backup, so nothing is lost. Make sure CaseDesk is closed on the other computers first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择其他备份文件…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复所选备份</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件无法正常打开：
{0}</source>
        <translation>The data file cannot be opened normally:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从最近的完好备份恢复</source>
        <translation>Restore from the latest good backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不能使用这个备份</source>
        <translation>This backup cannot be used</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>

最近的完好备份：{0}（{1}）。
恢复后，损坏的文件会保留在原处（改名为 .damaged-日期），不会删除。</source>
        <translation>

Latest good backup: {0} ({1}).
After restoring, the damaged file stays where it is (renamed .damaged-date); it is not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已从 {0} 恢复。
损坏的文件保留为 {1}</source>
        <translation>Restored from {0}.
The damaged file was kept as {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据文件已经在使用：
{0}

两台电脑可以同时使用同一个数据文件，保存时互不覆盖。如果对方正在恢复备份或清理数据，请等对方完成。</source>
        <translation>This data file is already in use:
{0}

Two computers can use one data file at the same time; saves do not overwrite each other. If the other one is restoring a backup or purging data, wait until it has finished.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件 {0} 位于网络共享（{1}）上。

网络共享上的文件在断网或多台电脑同时写入时可能损坏，程序已改用更稳妥的日志方式，但仍建议：单机使用时把文件放在本机硬盘上；多台电脑共用数据时使用服务器（PostgreSQL）模式，见使用说明“服务器模式”。</source>
        <translation>The data file {0} is on a network share ({1}).

A file on a network share can be damaged when the network drops or several computers write at once. CaseDesk has switched to a safer journal mode, but it is still better to keep the file on this computer&apos;s disk when one computer uses it, and to use the server (PostgreSQL) mode when several do; see “Server mode” in the manual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用 {0} 替换当前数据？
当前数据会先另存为备份。</source>
        <translation>Replace the current data with {0}?
The current data is saved as a backup first.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/safety_dialogs.py" line="+25"/>
        <source>正在查找最近的完好备份…</source>
        <translation>Looking for the newest backup in good order…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消：不再查找，之后可以自己选择一个备份文件。</source>
        <translation>Cancel: stop looking; you can then choose a backup file yourself.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>

已停止查找完好的备份。可以选择一个备份文件，或退出。</source>
        <translation>

The search for a backup in good order was stopped. You can choose a backup file, or quit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正在检查备份并恢复…</source>
        <translation>Checking the backup and restoring…</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../casedesk/ui/search_palette.py" line="+42"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>搜索全部记录（Ctrl+K）</source>
        <translation>Search all records (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名、电话或身份证号片段、案件编号、文号、单位名称或拼音首字母</source>
        <translation>Name, phone or ID fragment, case number, document number, employer name or pinyin initials</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>↑↓ 选择&#x3000;Enter 打开&#x3000;Esc 关闭</source>
        <translation>↑↓ select&#x3000;Enter open&#x3000;Esc close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>输入要找的内容：可以是姓名、电话或身份证号的几位、案件编号、文号、用人单位名称或拼音首字母。</source>
        <translation>Type what you are looking for: a name, a few digits of a phone or ID number, a case number, a document number, an employer&apos;s name or its pinyin initials.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请再输入至少一个字。</source>
        <translation>Type at least one more character.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有找到与“{0}”有关的记录。</source>
        <translation>No records found for “{0}”.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>搜索出错：{0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（前 {0} 条）</source>
        <translation>(first {0})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>在列表中查看全部{0}…</source>
        <translation>Show all {0} in the list…</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+28"/>
        <source>搜索“{0}”</source>
        <translation>Search “{0}”</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../../casedesk/ui/session_controls.py" line="+63"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Signed in: {0} ({1})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>管理(&amp;A)</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>账号…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复备份…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+17"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>未能恢复</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>保存期限清理…</source>
        <translation>Retention purge…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>正在检查备份 {0}…</source>
        <translation>Checking the backup {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消：在开始替换数据之前可以取消，当前数据保持不变；已做好的恢复前备份留在备份文件夹中。开始替换后不能取消（替换是一个整体，中途断电也不会留下一半）。</source>
        <translation>Cancel: possible until the data starts being replaced; the current data then stays as it is, and a pre-restore backup already made stays in the backup folder. Once replacing has begun it cannot be cancelled (it is done as a whole: even a power cut never leaves half of it).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在完整检查备份 {0}…</source>
        <translation>Fully checking the backup {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在把当前数据另存为备份（恢复前）…</source>
        <translation>Saving the current data as a backup (before restoring)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在用备份替换当前数据，请勿关闭程序…</source>
        <translation>Replacing the current data with the backup; do not close the program…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已从 {0} 恢复。
恢复前的数据已另存为：
{1}</source>
        <translation>Restored from {0}.
The data before the restore was saved as:
{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已取消恢复，当前数据未改动</source>
        <translation>Restore cancelled; the current data was not changed</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已自动备份：{0}</source>
        <translation>Backed up automatically: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>自动备份失败：{0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="-215"/>
        <source>本单位与编号</source>
        <translation>Union and numbering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访与提醒</source>
        <translation>Follow-ups and reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书期限、字体和印章</source>
        <translation>Letter periods, fonts and seal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书模板</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律条文目录</source>
        <translation>Law catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门</source>
        <translation>Government bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日与调休</source>
        <translation>Holidays and make-up days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份与数据保留</source>
        <translation>Backups and data retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>法定期限提前提醒</source>
        <translation>Warn before statutory deadlines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件无进展提醒</source>
        <translation>Warn about cases without progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据保留年限</source>
        <translation>Data retention (years)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自动备份间隔</source>
        <translation>Automatic backup interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留最近的备份</source>
        <translation>Keep the latest backups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每天保留一份，共</source>
        <translation>Keep one per day, for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每周保留一份，共</source>
        <translation>Keep one per week, for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每月保留一份，共</source>
        <translation>Keep one per month, for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份</source>
        <translation>copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件的法定期限在这么多天内到期时，列入工作台和期限提醒</source>
        <translation>Cases whose statutory deadline falls within this many days are listed on the dashboard and under Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件这么多天没有新的办理记录时，列入工作台</source>
        <translation>Open cases with no new log entry for this many days are listed on the dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案或受理超过这么多年的记录可以清理（匿名化，统计数字保留）；由管理员执行 casedesk purge</source>
        <translation>Records closed or received more than this many years ago may be purged (anonymised, the statistics kept); an administrator runs casedesk purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序打开期间，有改动时每隔这么多分钟自动备份一次</source>
        <translation>While CaseDesk is open it backs up every this many minutes when something changed</translation>
    </message>
    <message>
        <location line="+457"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有管理员可以修改大部分设置；您可以查看，并可修改界面语言。</source>
        <translation>Only an administrator can change most settings; you can view them and change the language.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../casedesk/ui/shortcuts_dialog.py" line="+18"/>
        <source>任何页面</source>
        <translation>Any page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建咨询（登记来电）</source>
        <translation>New consultation (log a call)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任何窗口</source>
        <translation>Any window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>搜索全部记录：姓名、电话、身份证号、编号、单位</source>
        <translation>Search all records: name, phone, ID number, case or document number, employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>切换到侧栏的第 1–9 页（工作台、咨询、案件、期限提醒、一函两书、用人单位、职工、统计、设置）</source>
        <translation>Go to sidebar page 1–9 (Dashboard, Consultations, Cases, Deadlines, Supervision letters, Employers, Workers, Statistics, Settings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示本快捷键列表</source>
        <translation>Show this list of shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出程序</source>
        <translation>Quit CaseDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开 文件 / 案件 / 工具 / 管理 / 帮助 菜单</source>
        <translation>Open the File / Cases / Tools / Admin / Help menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询登记、案件窗口、文书窗口</source>
        <translation>Consultation form, case window, letter window</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>咨询登记</source>
        <translation>Consultation form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询登记、案件窗口、对话框</source>
        <translation>Consultation form, case window, dialogs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭（有未保存的修改时先询问）</source>
        <translation>Close (asks first when there are unsaved changes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件窗口</source>
        <translation>Case window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭窗口</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书窗口</source>
        <translation>Letter window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览、打印或另存PDF</source>
        <translation>Preview, print or save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索窗口</source>
        <translation>Search window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选择结果，打开所选记录</source>
        <translation>Choose a result, open the chosen record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>双击</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>各列表、统计表、工作台</source>
        <translation>Lists, statistics table, dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开所选记录，或列出计入数字的记录</source>
        <translation>Open the chosen record, or list the records counted in a figure</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+26"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在哪里</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../casedesk/ui/case_dialogs.py" line="-69"/>
        <source>推进阶段</source>
        <translation>Advance stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>如：已向区劳动人事争议仲裁委员会递交仲裁申请</source>
        <translation>e.g. filed for arbitration with the district labour dispute arbitration committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进入“调解”或“仲裁”阶段时，如尚未填写申请日期，将以此日期作为申请日期并开始计算法定期限。</source>
        <translation>On entering mediation or arbitration without an application date, this date becomes the application date and the statutory deadlines start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>推进到</source>
        <translation>Advance to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="-35"/>
        <source>未保存：记录已被他人修改</source>
        <translation>Not saved: someone else changed the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您填写的内容没有保存，仍在窗口中。选择“载入最新内容”会显示对方保存的版本，您可以再把自己的修改填上后保存；选择“保留我的输入”可先复制您的内容。</source>
        <translation>What you entered is not saved and is still in the window. Load latest shows the version the other person saved, and you can enter your changes again and save; Keep my input lets you copy your text first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>载入最新内容</source>
        <translation>Load latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留我的输入</source>
        <translation>Keep my input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原值 → 新值</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对方所做的修改：</source>
        <translation>Their changes:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../casedesk/ui/first_start_wizard.py" line="-127"/>
        <source>开始使用</source>
        <translation>Start using CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择从哪里开始。以后随时可以用“文件 &gt; 导入台账”导入更多台账。</source>
        <translation>Choose where to start. More ledgers can be imported at any time with File &gt; Import ledger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从空白开始</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>直接开始登记咨询、案件和一函两书。</source>
        <translation>Start logging consultations, cases and supervision letters right away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一个虚构的区总工会一年多的咨询、案件和文书，用来熟悉软件；请勿与真实数据混用。</source>
        <translation>A year and more of consultations, cases and letters of a fictitious district union, to get to know the program; do not mix it with real data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入已有台账</source>
        <translation>Import existing ledgers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把 Excel（.xlsx）或 CSV 格式的咨询、案件、一函两书台账导入。列按表头识别，可先下载模板对照。</source>
        <translation>Import consultation, case and supervision-letter ledgers in Excel (.xlsx) or CSV. Columns are recognised by their headers; download a template to compare.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存一个带表头和示例行的空台账</source>
        <translation>Save an empty ledger with the headers and a sample row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>有错误的行跳过，导入其余的行（错误逐条列出）</source>
        <translation>Skip the rows with errors and import the rest (each error listed)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>选择{0}</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存{0}模板</source>
        <translation>Save the {0} template</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请至少选择一个台账文件，或选择“从空白开始”。</source>
        <translation>Choose at least one ledger file, or choose Start empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}：找不到文件 {1}</source>
        <translation>{0}: file not found: {1}</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../casedesk/services/report.py" line="+32"/>
        <location line="+37"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>受理咨询</source>
        <translation>Consultations received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中转办</source>
        <translation>of which referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中转立案</source>
        <translation>of which opened as cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期回访</source>
        <translation>Followed up on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访按期率</source>
        <translation>Follow-up on-time rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>受理案件</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>其中集体争议</source>
        <translation>of which collective disputes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及职工人数</source>
        <translation>Workers involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额（元）</source>
        <translation>Amount involved (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>结案</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>挽回金额（元）</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一函两书</source>
        <translation>Supervision letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>发出文书</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>提示函</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见书</source>
        <translation>Opinion letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议书</source>
        <translation>Recommendation letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回复期限届满</source>
        <translation>Reply period ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改回复率</source>
        <translation>Reply rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改率</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>咨询渠道</source>
        <translation>Consultation channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询问题类别</source>
        <translation>Consultation categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件争议类别</source>
        <translation>Case dispute categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案方式</source>
        <translation>Case outcomes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挽回金额</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="-501"/>
        <source>咨询按受理时间（本地时间）统计；转办指转交外部单位办理，转立案指转为维权案件。</source>
        <translation>Consultations count by the time received (local time); referred means handed to an outside body, opened as a case means turned into a rights case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应回访指回访期限在本期内的咨询，不论何时受理；按期回访指在期限当日或之前完成回访。</source>
        <translation>Follow-ups due are consultations whose follow-up date falls in the period, whenever received; on time means followed up on or before that date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理案件按受理日期统计，结案按结案日期统计；集体争议、涉及职工人数、涉及金额均指本期受理的案件，涉及金额为其各项请求金额之和；挽回金额为本期结案案件的挽回金额之和。</source>
        <translation>Cases opened count by intake date and cases closed by closing date; collective disputes, workers involved and amount involved refer to cases opened in the period, the amount involved being the sum of their claims; the amount recovered is the sum over cases closed in the period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一个案件有多个争议类别时，在每个类别下各计一次。</source>
        <translation>A case with several dispute categories counts once under each.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书按发出日期统计（草稿不计）；回复期限届满指回复期限在本期内的文书，已回复指其中已有回复记录的（不论结果、是否逾期），已整改指其中整改结果为已整改的。</source>
        <translation>Letters count by date of issue (drafts not counted); reply period ended means the reply date falls in the period; replied means a reply was recorded (whatever it said, late or not); rectified means the rectification result is rectified.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改回复率 = 已回复 ÷ 回复期限届满；整改率 = 已整改 ÷ 回复期限届满；回访按期率 = 按期回访 ÷ 应回访。</source>
        <translation>Reply rate = replied ÷ reply period ended; rectification rate = rectified ÷ reply period ended; follow-up on-time rate = followed up on time ÷ follow-ups due.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../casedesk/ui/pages/stats.py" line="+70"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新读取数据库（其他电脑刚保存的记录也会显示）</source>
        <translation>Read the database again (records just saved on other computers appear too)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把本期统计报表存为PDF，可打印上报</source>
        <translation>Save this period&apos;s statistics report as a PDF to print and submit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把本期统计报表存为Excel工作簿</source>
        <translation>Save this period&apos;s statistics report as an Excel workbook</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+150"/>
        <source>双击一项，列出计入这个数字的记录</source>
        <translation>Double-click an item to list the records counted in it</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>正在计算…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}（{1} 至 {2}）</source>
        <translation>{0} ({1} to {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x3000;筛选：{0}</source>
        <translation>&#x3000;Filter: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法计算：{0}</source>
        <translation>Cannot compute: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上期（{0}）</source>
        <translation>Previous period ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去年同期（{0}）</source>
        <translation>Same period last year ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同比</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本期没有记录</source>
        <translation>No records in this period</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>导出统计报表</source>
        <translation>Export statistics report</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>正在生成报表…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消后不会留下文件。</source>
        <translation>Cancelling leaves no file behind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出：
{0}</source>
        <translation>Exported:
{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../casedesk/ui/notice_settings.py" line="-370"/>
        <source>可用字段：</source>
        <translation>Fields available:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书类型</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>（已修改）</source>
        <translation>(edited)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（默认）</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>模板未保存</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未恢复</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="-153"/>
        <source>12351热线</source>
        <translation>12351 hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12348转来</source>
        <translation>Transferred from 12348</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动报酬</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会保险</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动合同订立履行</source>
        <translation>Conclusion and performance of labour contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解除终止劳动合同</source>
        <translation>Termination of labour contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经济补偿赔偿金</source>
        <translation>Severance and damages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工伤待遇</source>
        <translation>Work-injury benefits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作时间休息休假</source>
        <translation>Working hours, rest and leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认劳动关系</source>
        <translation>Confirming an employment relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动保护职业病</source>
        <translation>Labour protection and occupational disease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女职工等特殊保护</source>
        <translation>Special protection of women workers and others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳务派遣</source>
        <translation>Labour dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集体合同</source>
        <translation>Collective contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内部规章制度</source>
        <translation>Internal rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工资集体协商和集体合同</source>
        <translation>Collective wage bargaining and collective contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工代表大会制度</source>
        <translation>Workers&apos; congress system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动合同订立履行变更解除终止</source>
        <translation>Conclusion, performance, change and termination of labour contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会保险和福利待遇</source>
        <translation>Social insurance and welfare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作时间和休息休假</source>
        <translation>Working hours, rest and leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>安全生产和职业病防治</source>
        <translation>Workplace safety and occupational disease prevention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女职工未成年工残疾职工老年劳动者特殊保护</source>
        <translation>Special protection of women, minor, disabled and older workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被派遣劳动者权益</source>
        <translation>Rights of dispatched workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>违法解除劳动合同</source>
        <translation>Unlawful termination of labour contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动合同</source>
        <translation>Labour contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书面协议（不完全符合确立劳动关系）</source>
        <translation>Written agreement (not a full employment relationship)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平台自主从业（民事关系）</source>
        <translation>Self-employed on a platform (civil relationship)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非全日制</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超龄/退休返聘</source>
        <translation>Over retirement age / rehired retiree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签合同</source>
        <translation>No contract signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一般职工</source>
        <translation>General worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网约送餐员</source>
        <translation>Food delivery rider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快递员</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网约车司机</source>
        <translation>Ride-hailing driver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>货车司机</source>
        <translation>Truck driver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家政服务员</source>
        <translation>Domestic worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保安员</source>
        <translation>Security guard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护工护理员</source>
        <translation>Care worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已转立案</source>
        <translation>Opened as a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动保障监察</source>
        <translation>Labour inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动人事争议仲裁委员会</source>
        <translation>Labour and personnel dispute arbitration committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律援助中心/12348</source>
        <translation>Legal aid centre / 12348</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>热线转来</source>
        <translation>From a hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级交办</source>
        <translation>Assigned by a higher level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主动发现</source>
        <translation>Found by the union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查核实</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协商</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诉讼</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协商和解</source>
        <translation>Settled by negotiation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解成功</source>
        <translation>Mediated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁裁决支持</source>
        <translation>Arbitration award in favour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁裁决部分支持</source>
        <translation>Arbitration award partly in favour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仲裁裁决驳回</source>
        <translation>Arbitration claim dismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>判决</source>
        <translation>Court judgment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交其他部门</source>
        <translation>Handed to another department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职工代表</source>
        <translation>Workers&apos; representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拖欠工资</source>
        <translation>Unpaid wages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加班费</source>
        <translation>Overtime pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经济补偿金</source>
        <translation>Severance pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>赔偿金</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会谈</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立案/递交</source>
        <translation>Filed / submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段变更</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示函</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见书</source>
        <translation>Opinion letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议书</source>
        <translation>Recommendation letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分整改</source>
        <translation>Partly rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期未回复</source>
        <translation>Overdue reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已升级</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>直接送达</source>
        <translation>Delivered in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国有</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/i18n.py" line="-62"/>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+1"/>
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/i18n_runtime.py" line="+1"/>
        <source>私营</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外商投资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台投资</source>
        <translation>Hong Kong, Macao or Taiwan-invested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>制造业</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建筑业</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交通运输仓储和邮政</source>
        <translation>Transport, storage and post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批发和零售</source>
        <translation>Wholesale and retail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住宿和餐饮</source>
        <translation>Accommodation and catering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信息技术服务</source>
        <translation>IT services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>互联网平台</source>
        <translation>Internet platforms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民服务</source>
        <translation>Household services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物业管理</source>
        <translation>Property management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫生和社会工作</source>
        <translation>Health and social work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采矿业</source>
        <translation>Mining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农林牧渔</source>
        <translation>Agriculture, forestry, animal husbandry and fishery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人力资源和社会保障局</source>
        <translation>Human resources and social security bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民政府</source>
        <translation>People&apos;s government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民检察院</source>
        <translation>People&apos;s procuratorate</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../casedesk/ui/pages/settings.py" line="-416"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>d</name>
    <message>
        <location filename="../../casedesk/ui/case_form.py" line="+21"/>
        <source>填写了诉求金额时请选择诉求类型</source>
        <translation>Choose a claim type when an amount is entered</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../casedesk/ui/duplicates_page.py" line="+16"/>
        <source>查找重复…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找出重复录入的单位或职工，比较后合并（可撤销）</source>
        <translation>Find employers or workers entered twice, compare and merge them (can be undone)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/notice_batch_dialog.py" line="+9"/>
        <source>专项提示函…</source>
        <translation>Batch reminder letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>向筛选出的用人单位同时发出提示函（每份一个文号）</source>
        <translation>Send a reminder letter to each filtered employer at once (each with its own number)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../casedesk/ui/ledger_dialogs.py" line="+19"/>
        <source>导出时电话和身份证号默认打码。
要导出完整号码吗？（此操作将记入审计日志）</source>
        <translation>Phone and ID numbers are masked in exports by default.
Export the full numbers? (This is recorded in the audit log.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在导出到 {0}…</source>
        <translation>Exporting to {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已导出 {0} 条到
{1}</source>
        <translation>Exported {0} rows to
{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出已取消。</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/notice_list.py" line="-117"/>
        <source>无法新建</source>
        <translation>Cannot create</translation>
    </message>
</context>
</TS>
