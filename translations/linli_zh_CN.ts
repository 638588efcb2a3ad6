<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Clerk</source>
        <translation>窗口办事员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>中心主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>export residents or services to a file</source>
        <translation>将居民或服务记录导出到文件</translation>
    </message>
    <message>
        <source>change the service catalogue</source>
        <translation>修改服务目录</translation>
    </message>
    <message>
        <source>delete residents</source>
        <translation>删除居民</translation>
    </message>
    <message>
        <source>merge residents</source>
        <translation>合并居民</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>change the center&apos;s settings</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <source>You may not %1: that needs the role %2.</source>
        <translation>您无权%1：需要“%2”角色。</translation>
    </message>
    <message>
        <source>see a resident&apos;s whole ID number and phones</source>
        <translation>查看居民完整的身份证号和电话</translation>
    </message>
    <message>
        <source>print sheets and reports with whole phone and ID numbers</source>
        <translation>打印含完整电话和身份证号的清单和报表</translation>
    </message>
    <message>
        <source>correct or void a service record someone else logged, or one of an earlier day</source>
        <translation>更正或作废他人登记的或以前日期的服务记录</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>At least %1 characters of two kinds; the person chooses their own at the first sign-in.</source>
        <translation>至少 %1 个字符，包含两类字符；本人首次登录时会设置自己的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>所属中心(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <source>This account has been disabled by an administrator.</source>
        <translation>此账号已被系统管理员停用。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a verified backup of the database to a file, or today&apos;s into a folder</source>
        <translation>将数据库的备份（已校验）写入文件，或将今日备份写入文件夹</translation>
    </message>
    <message>
        <source>Write today&apos;s backup into this folder and keep only the last 7 days and 4 weeks.</source>
        <translation>将今日备份写入此文件夹，只保留最近 7 天和 4 周的备份。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] backup FILE | backup --folder DIR</source>
        <translation>用法：linli [--db 文件] backup 文件 | backup --folder 文件夹</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already there.</source>
        <translation>今日备份已存在。</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Linli may not read %1.</source>
        <translation>邻里无权读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Linli backup.</source>
        <translation>%1 不是邻里的备份文件。</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file was cut short).</source>
        <translation>%1 不完整（文件被截断）。</translation>
    </message>
    <message>
        <source>Linli cannot read %1.</source>
        <translation>邻里无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Linli (database version %2; this program knows up to %3).</source>
        <translation>%1 由更新版本的邻里创建（数据库版本 %2；本程序最高支持 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Choose a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>%1 is a weekday, a working day anyway: a worked day off is a Saturday or a Sunday.</source>
        <translation>%1 是工作日，本来就要上班：调休上班日只能是周六或周日。</translation>
    </message>
    <message>
        <source>The day could not be saved.</source>
        <translation>无法保存该日期。</translation>
    </message>
    <message>
        <source>The day could not be removed.</source>
        <translation>未能删除这一天。</translation>
    </message>
</context>
<context>
    <name>CareSchedule</name>
    <message>
        <source>A contact interval is 1 to 365 days.</source>
        <translation>联系间隔为 1 到 365 天。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was changed. Try again.</source>
        <translation>数据库正忙，未作任何修改，请重试。</translation>
    </message>
    <message>
        <source>The intervals could not be saved.</source>
        <translation>无法保存联系间隔。</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>登记有误</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Reply to resident</source>
        <translation>反馈居民</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Refer elsewhere</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Choose the staff member who will handle the case.</source>
        <translation>请选择负责办理该诉求的工作人员。</translation>
    </message>
    <message>
        <source>Write down what the resident was told.</source>
        <translation>请填写向居民反馈的内容。</translation>
    </message>
    <message>
        <source>Choose how satisfied the resident was.</source>
        <translation>请选择居民的满意程度。</translation>
    </message>
    <message>
        <source>Enter where the case was referred to.</source>
        <translation>请填写转办到的单位。</translation>
    </message>
    <message>
        <source>A case that is “%1” cannot be given the step “%2”.</source>
        <translation>处于“%1”状态的诉求不能执行“%2”。</translation>
    </message>
    <message>
        <source>The step is dated in the future.</source>
        <translation>该步骤的时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The database is busy; the case was not changed. Try again.</source>
        <translation>数据库正忙，诉求未被修改，请重试。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>该诉求已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile: it is now “%1”. Nothing was changed; look at it again.</source>
        <translation>其他人刚刚修改了该诉求，当前状态为“%1”。本次未作任何修改，请重新查看。</translation>
    </message>
    <message>
        <source>The step is dated before the case was received.</source>
        <translation>该步骤的时间早于诉求受理时间。</translation>
    </message>
    <message>
        <source>The handler is not an active staff member.</source>
        <translation>经办人不是在岗工作人员。</translation>
    </message>
    <message>
        <source>The case could not be changed.</source>
        <translation>无法修改该诉求。</translation>
    </message>
    <message>
        <source>The case could not be changed: the database refused it.</source>
        <translation>无法修改该诉求：数据库拒绝了这次写入。</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>The code is two capital letters and two or three digits, such as LG09.</source>
        <translation>编码为两个大写字母加两到三位数字，如 LG09。</translation>
    </message>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>编码 %1 已被占用。</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Give the type its Chinese and its English name.</source>
        <translation>请填写该类型的中文名称和英文名称。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <source>Another type already has this name.</source>
        <translation>已有其他类型使用该名称。</translation>
    </message>
    <message>
        <source>A type that opens a case needs a deadline of 1 to %1 working days.</source>
        <translation>建立诉求件的类型需要 1 到 %1 个工作日的办理期限。</translation>
    </message>
    <message>
        <source>Unknown kind of visit.</source>
        <translation>未知的走访类别。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was changed. Try again.</source>
        <translation>数据库正忙，未作任何修改，请重试。</translation>
    </message>
    <message>
        <source>The type could not be added.</source>
        <translation>无法添加该类型。</translation>
    </message>
    <message>
        <source>The type no longer exists.</source>
        <translation>该类型已不存在。</translation>
    </message>
    <message>
        <source>The type could not be changed.</source>
        <translation>无法修改该类型。</translation>
    </message>
    <message>
        <source>The type is already first in its category.</source>
        <translation>该类型已是本类别的第一项。</translation>
    </message>
    <message>
        <source>The type is already last in its category.</source>
        <translation>该类型已是本类别的最后一项。</translation>
    </message>
    <message>
        <source>The type could not be moved.</source>
        <translation>无法移动该类型。</translation>
    </message>
    <message>
        <source>The type is used by logged services: retire it instead, so that the history keeps it.</source>
        <translation>该类型已有服务记录在用：请改为停用，以保留历史记录。</translation>
    </message>
    <message>
        <source>The type could not be deleted.</source>
        <translation>无法删除该类型。</translation>
    </message>
</context>
<context>
    <name>CatalogueSeeder</name>
    <message>
        <source>The service catalogue cannot be read.</source>
        <translation>无法读取服务目录。</translation>
    </message>
    <message>
        <source>This copy of Linli is incomplete: the service catalogue is missing.</source>
        <translation>此邻里程序不完整：缺少服务目录。</translation>
    </message>
    <message>
        <source>This copy of Linli is damaged: the service catalogue has an unexpected layout.</source>
        <translation>此邻里程序已损坏：服务目录格式不正确。</translation>
    </message>
    <message>
        <source>The database is busy; the service catalogue was not created.</source>
        <translation>数据库正忙，未能创建服务目录。</translation>
    </message>
    <message>
        <source>This copy of Linli is damaged: line %1 of the service catalogue is malformed.</source>
        <translation>此邻里程序已损坏：服务目录第 %1 行格式错误。</translation>
    </message>
    <message>
        <source>The service catalogue could not be created.</source>
        <translation>无法创建服务目录。</translation>
    </message>
    <message>
        <source>This copy of Linli is damaged: the service catalogue is malformed near line %1.</source>
        <translation>此邻里程序已损坏：服务目录第 %1 行附近格式错误。</translation>
    </message>
    <message>
        <source>The service catalogue could not be saved.</source>
        <translation>无法保存服务目录。</translation>
    </message>
</context>
<context>
    <name>CenterCommand</name>
    <message>
        <source>List, add or rename the centers of a district, or move a grid to another center</source>
        <translation>列出、添加或重命名街道内的各中心，或将网格划归另一中心</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] center list | center add CODE NAME | center rename CODE NAME | center grid GRID CENTER</source>
        <translation>用法：linli [--db 文件] center list | center add 编码 名称 | center rename 编码 名称 | center grid 网格 中心</translation>
    </message>
    <message>
        <source>The center was not added: %1</source>
        <translation>未添加中心：%1</translation>
    </message>
    <message>
        <source>Center %1 (%2) added.</source>
        <translation>已添加中心 %1（%2）。</translation>
    </message>
    <message>
        <source>The center was not renamed: %1</source>
        <translation>中心未重命名：%1</translation>
    </message>
    <message>
        <source>Center %1 is now called %2.</source>
        <translation>中心 %1 现名为 %2。</translation>
    </message>
    <message>
        <source>There is no grid %1.</source>
        <translation>没有网格 %1。</translation>
    </message>
    <message>
        <source>The grid was not moved: %1</source>
        <translation>网格未划转：%1</translation>
    </message>
    <message>
        <source>Grid %1 now belongs to %2, with its residents and their records.</source>
        <translation>网格 %1 及其居民和相关记录现已划归 %2。</translation>
    </message>
    <message>
        <source>grids: %1</source>
        <translation>网格数：%1</translation>
    </message>
</context>
<context>
    <name>CenterProfile</name>
    <message>
        <source>A center&apos;s name has at most %1 characters.</source>
        <translation>中心名称最多 %1 个字。</translation>
    </message>
    <message>
        <source>The setting could not be saved; the database is busy or read-only.</source>
        <translation>无法保存设置：数据库正忙或只读。</translation>
    </message>
    <message>
        <source>The window locks after 1 to %1 minutes without use.</source>
        <translation>窗口在无操作 1 至 %1 分钟后锁定。</translation>
    </message>
    <message>
        <source>Give the backup folder&apos;s whole path, e.g. %1.</source>
        <translation>请填写备份文件夹的完整路径，例如 %1。</translation>
    </message>
</context>
<context>
    <name>CenterStore</name>
    <message>
        <source>Only an administrator of the whole district may change its centers.</source>
        <translation>只有全街道的系统管理员可以修改中心设置。</translation>
    </message>
    <message>
        <source>A center&apos;s name has 1 to %1 characters.</source>
        <translation>中心名称为 1 到 %1 个字。</translation>
    </message>
    <message>
        <source>There is already a center named %1.</source>
        <translation>已有名为 %1 的中心。</translation>
    </message>
    <message>
        <source>A center&apos;s code is one word of at most %1 characters.</source>
        <translation>中心编码须为不含空格、最多 %1 个字符的一个词。</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>编码 %1 已被占用。</translation>
    </message>
    <message>
        <source>The center could not be added: the database refused it.</source>
        <translation>无法添加中心：数据库拒绝了这次写入。</translation>
    </message>
    <message>
        <source>There is no such center.</source>
        <translation>该中心不存在。</translation>
    </message>
    <message>
        <source>The center could not be renamed: the database refused it.</source>
        <translation>无法重命名中心：数据库拒绝了这次写入。</translation>
    </message>
    <message>
        <source>There is no such grid.</source>
        <translation>该网格不存在。</translation>
    </message>
    <message>
        <source>The grid could not be moved: the database refused it.</source>
        <translation>无法划转网格：数据库拒绝了这次写入。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity, links and schema, and count its rows</source>
        <translation>检查数据库的完整性、关联和结构，并统计各表行数</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>数据库版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Result: ok (%1 s).</source>
        <translation>结果：正常（%1 秒）。</translation>
    </message>
    <message>
        <source>Result: problems found: %1 (%2 s).</source>
        <translation>结果：发现 %1 个问题（%2 秒）。</translation>
    </message>
    <message>
        <source>Skip the slower checks (indexes, monthly figures).</source>
        <translation>跳过较慢的检查（索引、月度统计）。</translation>
    </message>
    <message>
        <source>Build the monthly figures again from the service log first.</source>
        <translation>先根据服务记录重新生成月度统计。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] check [--quick] [--repair]</source>
        <translation>用法：linli [--db 文件] check [--quick] [--repair]</translation>
    </message>
    <message>
        <source>The monthly figures could not be built again: %1</source>
        <translation>无法重新生成月度统计：%1</translation>
    </message>
    <message>
        <source>Monthly figures built again from the service log.</source>
        <translation>已根据服务记录重新生成月度统计。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <source>Some arguments are missing.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>There is no center %1.</source>
        <translation>没有中心 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Language %1 is not available; use zh_CN or en.</source>
        <translation>没有 %1 语言，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot is for the window, not for a command.</source>
        <translation>--screenshot 只用于程序窗口，不能与命令同用。</translation>
    </message>
    <message>
        <source>--user is for the window, not for a command.</source>
        <translation>--user 用于窗口，不用于命令。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or GB18030; save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>该文件不是 UTF-8、UTF-16 或 GB18030 编码的文本；请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Row %1 opens a quotation mark that is never closed; the file may be cut short.</source>
        <translation>第 %1 行的引号没有闭合；文件可能不完整。</translation>
    </message>
    <message>
        <source>The file is empty: the first row should name the columns.</source>
        <translation>文件是空的：第一行应为列名。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Elderly planned</source>
        <translation>养老走访计划</translation>
    </message>
    <message>
        <source>Elderly done</source>
        <translation>养老走访完成</translation>
    </message>
    <message>
        <source>Rehab planned</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Rehab done</source>
        <translation>康复完成</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>60+</source>
        <translation>60岁以上</translation>
    </message>
    <message>
        <source>80+</source>
        <translation>80岁以上</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Closure rate %</source>
        <translation>办结率 %</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>按时办结率 %</translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation>满意率 %</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This system&apos;s SQLite %1 is too old for Linli.</source>
        <translation>本系统的 SQLite %1 版本过旧，邻里无法使用。</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Linli cannot create the folder for %1.</source>
        <translation>邻里无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Linli cannot open %1. Check that the folder exists and that you may write to it.</source>
        <translation>邻里无法打开 %1。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>%1 was changed by another version of Linli while open.</source>
        <translation>%1 在打开期间被另一个版本的邻里修改了。</translation>
    </message>
    <message>
        <source>%1: %2 The file was left as it was.</source>
        <translation>%1：%2 文件保持原样，未作改动。</translation>
    </message>
    <message>
        <source>Linli did not change the file.</source>
        <translation>邻里没有改动该文件。</translation>
    </message>
    <message>
        <source>Linli may not read %1.</source>
        <translation>邻里没有读取 %1 的权限。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Linli database. %2</source>
        <translation>%1 是一个空文件，不是邻里数据库。%2</translation>
    </message>
    <message>
        <source>%1 is not a Linli database. %2</source>
        <translation>%1 不是邻里数据库。%2</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file was cut short). Restore it from a backup. %2</source>
        <translation>%1 不完整（文件被截断）。请从备份恢复。%2</translation>
    </message>
    <message>
        <source>Linli cannot read %1.</source>
        <translation>邻里无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Linli (database version %2; this program knows up to %3). Install the newer Linli to open it. %4</source>
        <translation>%1 由更新版本的邻里写入（数据库版本 %2，本程序最高支持 %3）。请安装新版邻里后再打开。%4</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup. %2</source>
        <translation>%1 已损坏。请从备份恢复。%2</translation>
    </message>
    <message>
        <source>%1 cannot be used safely here (setting %2 refused). A database on a network share is not supported; keep it on a local disk.</source>
        <translation>%1 在此位置无法安全使用（设置 %2 被拒绝）。不支持网络共享上的数据库，请将其放在本地磁盘上。</translation>
    </message>
    <message>
        <source>Linli could not make a backup of %1 before upgrading it, so it did not upgrade. The file was left as it was.</source>
        <translation>升级前邻里无法备份 %1，因此没有升级。文件保持原样。</translation>
    </message>
    <message>
        <source>%1: the search indexes could not be rebuilt.</source>
        <translation>%1：无法重建检索索引。</translation>
    </message>
    <message>
        <source>This installation of Linli cannot reach PostgreSQL servers: its PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>此 Linli 安装无法连接 PostgreSQL 服务器：缺少 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password for %2.</source>
        <translation>服务器 %1 未接受 %2 的密码。</translation>
    </message>
    <message>
        <source>Linli cannot reach the database server %1. Check the address and that the server is running.</source>
        <translation>Linli 无法连接数据库服务器 %1。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The server %1 refused Linli&apos;s session settings.</source>
        <translation>服务器 %1 拒绝了 Linli 的会话设置。</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; Linli keeps its data in a database of its own.</source>
        <translation>数据库 %1 中有其他程序的表；Linli 的数据须存放在专用的数据库中。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup did not pass its check, so it was not kept: %1</source>
        <translation>备份未通过校验，未予保留：%1</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Restoring from a backup file needs a Linli database file.</source>
        <translation>只有邻里数据库文件才能从备份恢复。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何数据：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database could not be kept aside first. %1</source>
        <translation>未恢复任何数据：无法先保存当前数据库的副本。%1</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy of the current database did not pass its check.</source>
        <translation>未恢复任何数据：当前数据库的副本未通过校验。</translation>
    </message>
    <message>
        <source>Nothing was restored: Linli cannot read %1.</source>
        <translation>未恢复任何数据：邻里无法读取 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>未恢复任何数据。%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be moved aside.</source>
        <translation>未恢复任何数据：无法移开 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored: the copy could not be written. %1</source>
        <translation>未恢复任何数据：无法写入副本。%1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be written.</source>
        <translation>未恢复任何数据：无法写入 %1。</translation>
    </message>
    <message>
        <source>The copy to %1 could not be written. %2</source>
        <translation>无法写入副本 %1。%2</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it is made of, or one of its files.</source>
        <translation>备份不能覆盖它所备份的数据库或该数据库的文件。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is the database itself, not a backup of it.</source>
        <translation>未恢复任何内容：%1 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is still open, in this program or another. Close every Linli window and program using it, then restore again.</source>
        <translation>未恢复任何内容：%1 仍被本程序或其他程序打开。请关闭所有使用它的邻里窗口和程序，然后再次恢复。</translation>
    </message>
</context>
<context>
    <name>DatabaseChecker</name>
    <message>
        <source>The file is not marked as a Linli database.</source>
        <translation>该文件没有邻里数据库标识。</translation>
    </message>
    <message>
        <source>The database version is %1; this program expects %2.</source>
        <translation>数据库版本为 %1，本程序需要版本 %2。</translation>
    </message>
    <message>
        <source>The file&apos;s integrity could not be checked: it may be damaged.</source>
        <translation>无法检查文件完整性：文件可能已损坏。</translation>
    </message>
    <message>
        <source>The links between records could not be checked.</source>
        <translation>无法检查记录之间的关联。</translation>
    </message>
    <message>
        <source>The expected schema could not be built for comparison.</source>
        <translation>无法生成用于比对的标准数据库结构。</translation>
    </message>
    <message>
        <source>Missing or altered in the schema: %1.</source>
        <translation>数据库结构中缺失或被改动：%1。</translation>
    </message>
    <message>
        <source>Not part of Linli&apos;s schema: %1.</source>
        <translation>不属于邻里数据库结构：%1。</translation>
    </message>
    <message>
        <source>Table %1 cannot be read.</source>
        <translation>无法读取表 %1。</translation>
    </message>
    <message>
        <source>The file is damaged (problems found by SQLite: %1). Restore it from a backup.</source>
        <translation>文件已损坏（SQLite 发现 %1 个问题）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Rows of table %1 that point to records that do not exist: %2.</source>
        <translation>表 %1 中指向不存在记录的行：%2 行。</translation>
    </message>
    <message>
        <source>The monthly figures could not be compared with the service log.</source>
        <translation>无法将月度统计与服务记录核对。</translation>
    </message>
    <message>
        <source>The monthly figures differ from the service log for %1. Run &quot;linli check --repair&quot; to build them again.</source>
        <translation>%1 的月度统计与服务记录不一致。请运行“linli check --repair”重新生成。</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log was changed outside Linli: its chain of hashes breaks at row %1. Rows from there on cannot be trusted; compare with a backup.</source>
        <translation>审计日志曾在邻里之外被改动：哈希链在第 %1 行断开。自该行起的记录不可信，请与备份核对。</translation>
    </message>
    <message>
        <source>The expected schema could not be built for comparison (the account needs the right to create a schema in the database).</source>
        <translation>无法构建用于比对的预期结构（账号需要有在数据库中创建模式（schema）的权限）。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>Both databases must be at this program&apos;s schema version (%1); open the older one with Linli first.</source>
        <translation>两个数据库都须为本程序的结构版本（%1）；请先用 Linli 打开较旧的那个。</translation>
    </message>
    <message>
        <source>The destination could not be written: %1</source>
        <translation>无法写入目标数据库：%1</translation>
    </message>
    <message>
        <source>The destination could not be emptied: %1</source>
        <translation>无法清空目标数据库：%1</translation>
    </message>
    <message>
        <source>The copy could not be committed: %1</source>
        <translation>无法提交复制结果：%1</translation>
    </message>
    <message>
        <source>The destination cannot be read: %1</source>
        <translation>无法读取目标数据库：%1</translation>
    </message>
    <message>
        <source>The destination already holds records (%1). Linli copies only into a database it has just built, so that nothing there is overwritten.</source>
        <translation>目标数据库中已有记录（%1）。Linli 只复制到刚建立的数据库中，以免覆盖已有内容。</translation>
    </message>
    <message>
        <source>The source&apos;s table %1 has no column %2.</source>
        <translation>源数据库的表 %1 没有列 %2。</translation>
    </message>
    <message>
        <source>The source&apos;s table %1 cannot be read: %2</source>
        <translation>无法读取源数据库的表 %1：%2</translation>
    </message>
    <message>
        <source>Table %1 could not be written: %2</source>
        <translation>无法写入表 %1：%2</translation>
    </message>
    <message>
        <source>The source&apos;s table %1 could not be read to the end: %2</source>
        <translation>源数据库的表 %1 未能读完：%2</translation>
    </message>
    <message>
        <source>Table %1 could not be read back: %2</source>
        <translation>无法回读表 %1：%2</translation>
    </message>
    <message>
        <source>Table %1 differs after copying (%2 rows there, %3 here); nothing was kept.</source>
        <translation>表 %1 复制后不一致（源 %2 行，目标 %3 行）；未保留任何内容。</translation>
    </message>
    <message>
        <source>The copy does not pass the check: %1</source>
        <translation>复制结果未通过检查：%1</translation>
    </message>
    <message>
        <source>The destination could not be prepared for the copy: %1</source>
        <translation>无法为复制准备目标数据库：%1</translation>
    </message>
    <message>
        <source>The destination&apos;s numbering could not be set: %1</source>
        <translation>无法设置目标数据库的编号：%1</translation>
    </message>
    <message>
        <source>The destination&apos;s name index could not be built: %1</source>
        <translation>无法建立目标数据库的姓名索引：%1</translation>
    </message>
    <message>
        <source>The destination&apos;s monthly figures could not be built: %1</source>
        <translation>无法生成目标数据库的月度数据：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>未指定数据库位置。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a server address Linli understands; write it as %2.</source>
        <translation>%1 不是 Linli 能识别的服务器地址，请写成 %2 的形式。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>本机用户</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2:</source>
        <translation>服务器 %1 要求输入 %2 的密码：</translation>
    </message>
    <message>
        <source>Linli cannot open its database</source>
        <translation>邻里无法打开数据库</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>DatabaseSetup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the dates of the care schedule could not be computed.</source>
        <translation>%1：无法计算关爱联系日期。</translation>
    </message>
    <message>
        <source>%1: the residents&apos; names could not be spelled for search.</source>
        <translation>%1：无法为检索生成居民姓名的拼音。</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>走访日程单</translation>
    </message>
    <message>
        <source>Day sheet · %1</source>
        <translation>走访日程单 · %1</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>Phones and rooms masked.</source>
        <translation>电话和房号已脱敏。</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>当天没有安排走访。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Outcome / signature</source>
        <translation>结果 / 签名</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Visits done: ____    Missed: ____    Signature: ________________</source>
        <translation>已完成：____    未遇：____    签名：________________</translation>
    </message>
    <message>
        <source>Phones and rooms masked, except for your own visits.</source>
        <translation>除本人负责的走访外，电话和房号已隐去。</translation>
    </message>
    <message>
        <source>Printed %1. In order of time, then address; visits at the center apart.</source>
        <translation>打印于 %1。按时间、再按住址排序；中心内的服务另列。</translation>
    </message>
    <message>
        <source>At the center</source>
        <translation>在中心</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 需要大于或等于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Fill a new database with realistic synthetic data</source>
        <translation>向新数据库填入逼真的模拟数据</translation>
    </message>
    <message>
        <source>Number of residents.</source>
        <translation>居民人数。</translation>
    </message>
    <message>
        <source>Number of service records.</source>
        <translation>服务记录数。</translation>
    </message>
    <message>
        <source>Number of visits.</source>
        <translation>走访次数。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] demo --residents N --services N --visits N [--seed S]</source>
        <translation>用法：linli [--db 文件] demo --residents 数量 --services 数量 --visits 数量 [--seed 种子]</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 s)</source>
        <translation>%1：%2 / %3（%4 秒）</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 rows in %3 s (%4 rows/s).</source>
        <translation>模拟数据已写入 %1：%2 行，用时 %3 秒（每秒 %4 行）。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>grids and staff</source>
        <translation>网格和工作人员</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Stopped. The demo data written so far was kept.</source>
        <translation>已停止。已写入的模拟数据保留。</translation>
    </message>
    <message>
        <source>The demo needs at least one resident, and no negative counts.</source>
        <translation>模拟数据至少需要一位居民，且数量不能为负。</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>This database already holds residents. Demo data goes into a new, empty database: choose another file with --db.</source>
        <translation>此数据库中已有居民。模拟数据只能写入新的空数据库：请用 --db 指定另一个文件。</translation>
    </message>
    <message>
        <source>The database is busy; no demo data was written.</source>
        <translation>数据库正忙，未写入任何模拟数据。</translation>
    </message>
    <message>
        <source>Writing the grids failed.</source>
        <translation>写入网格失败。</translation>
    </message>
    <message>
        <source>Writing the staff failed.</source>
        <translation>写入工作人员失败。</translation>
    </message>
    <message>
        <source>The database is busy; demo data stopped.</source>
        <translation>数据库正忙，模拟数据已停止写入。</translation>
    </message>
    <message>
        <source>Writing the households failed.</source>
        <translation>写入户信息失败。</translation>
    </message>
    <message>
        <source>Writing the residents failed.</source>
        <translation>写入居民失败。</translation>
    </message>
    <message>
        <source>Writing the resident tags failed.</source>
        <translation>写入居民标签失败。</translation>
    </message>
    <message>
        <source>Saving the residents failed.</source>
        <translation>保存居民失败。</translation>
    </message>
    <message>
        <source>The service catalogue cannot be read.</source>
        <translation>无法读取服务目录。</translation>
    </message>
    <message>
        <source>The service catalogue is empty.</source>
        <translation>服务目录为空。</translation>
    </message>
    <message>
        <source>Writing the case history failed.</source>
        <translation>写入诉求办理记录失败。</translation>
    </message>
    <message>
        <source>Writing the service records failed.</source>
        <translation>写入服务记录失败。</translation>
    </message>
    <message>
        <source>Saving the service records failed.</source>
        <translation>保存服务记录失败。</translation>
    </message>
    <message>
        <source>Writing the visit series failed.</source>
        <translation>写入周期走访计划失败。</translation>
    </message>
    <message>
        <source>Writing the visits failed.</source>
        <translation>写入走访失败。</translation>
    </message>
    <message>
        <source>Saving the visits failed.</source>
        <translation>保存走访失败。</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Building the indexes failed; they will be built at the next start.</source>
        <translation>建立索引失败，将在下次启动时重建。</translation>
    </message>
    <message>
        <source>Computing the care schedule failed.</source>
        <translation>计算关爱联系日期失败。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 residents to %2 in %3 s.</source>
        <translation>已导出 %1 位居民到 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>Exported %1 service records to %2 in %3 s.</source>
        <translation>已导出 %1 条服务记录到 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Export residents or services as CSV sheets, or visits as a calendar file</source>
        <translation>将居民或服务记录导出为 CSV 表格，或将走访导出为日历文件</translation>
    </message>
    <message>
        <source>Services or visits from this day on (YYYY-MM-DD).</source>
        <translation>自该日起的服务或走访（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Services or visits up to and including this day (YYYY-MM-DD).</source>
        <translation>截至该日（含）的服务或走访（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s visits.</source>
        <translation>只导出该工作人员的走访。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] export residents FILE
       linli [--db FILE] export services FILE [--from DATE] [--to DATE]
       linli [--db FILE] export visits FILE.ics [--staff NAME] [--from DATE] [--to DATE]</source>
        <translation>用法：linli [--db 文件] export residents 文件
      linli [--db 文件] export services 文件 [--from 日期] [--to 日期]
      linli [--db 文件] export visits 文件.ics [--staff 姓名] [--from 日期] [--to 日期]</translation>
    </message>
    <message>
        <source>Residents, services or visits can be exported, not &quot;%1&quot;.</source>
        <translation>只能导出居民（residents）、服务（services）或走访（visits），不能导出“%1”。</translation>
    </message>
    <message>
        <source>--staff is for visits.</source>
        <translation>--staff 只用于导出走访。</translation>
    </message>
    <message>
        <source>--%1 takes a day such as 2025-09-01, for services or visits.</source>
        <translation>--%1 需要一个日期（如 2025-09-01），用于导出服务或走访。</translation>
    </message>
    <message>
        <source>There is no staff member called %1.</source>
        <translation>没有名叫%1的工作人员。</translation>
    </message>
    <message>
        <source>The visits could not be read.</source>
        <translation>无法读取走访记录。</translation>
    </message>
    <message>
        <source>Exported %1 visits to %2 in %3 s.</source>
        <translation>已导出 %1 次走访到 %2，用时 %3 秒。</translation>
    </message>
</context>
<context>
    <name>FindCommand</name>
    <message>
        <source>List the residents a search finds (name, pinyin, ID or phone digits, address)</source>
        <translation>列出检索找到的居民（姓名、拼音、身份证号或电话号码的数字、住址）</translation>
    </message>
    <message>
        <source>List at most this many residents (default 50).</source>
        <translation>最多列出这么多位居民（默认 50）。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] find QUERY [--limit N]</source>
        <translation>用法：linli [--db 文件] find 检索词 [--limit 数量]</translation>
    </message>
    <message>
        <source>--limit takes a number of residents, 1 or more.</source>
        <translation>--limit 后面写居民人数，至少为 1。</translation>
    </message>
    <message>
        <source>Say whom to find: a name, its pinyin or initials, digits of an ID number or phone, or an address.</source>
        <translation>请写出要找谁：姓名、拼音或首字母、身份证号或电话号码的数字，或住址。</translation>
    </message>
    <message>
        <source>The residents could not be read.</source>
        <translation>无法读取居民。</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>共找到 %1 位。</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed.</source>
        <translation>共找到 %1 位，列出前 %2 位。</translation>
    </message>
</context>
<context>
    <name>GridStore</name>
    <message>
        <source>This database holds several centers: a new grid is added by an account of its center.</source>
        <translation>本数据库包含多个中心：新网格须由所属中心的账号添加。</translation>
    </message>
</context>
<context>
    <name>HouseholdRelation</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳或女婿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>IdNumberValidator</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>This looks like a number Excel shortened (%1). Format the ID column as text in the spreadsheet and copy the number again.</source>
        <translation>这看起来是被 Excel 截短的数字（%1）。请在表格中把身份证列设为文本，再重新复制号码。</translation>
    </message>
    <message>
        <source>A 15-digit ID number has digits only.</source>
        <translation>15 位身份证号只能包含数字。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，这个号码有 %1 位。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits and then a digit or X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The last character does not match the others: a digit was probably mistyped.</source>
        <translation>校验位与前面的数字不符：可能有一位输错了。</translation>
    </message>
    <message>
        <source>The first two digits are not a province code.</source>
        <translation>前两位不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real date of birth.</source>
        <translation>第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is in the future.</source>
        <translation>身份证号中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Old 15-digit number converted to %1. Check it against the ID card.</source>
        <translation>旧版 15 位号码已转换为 %1，请与身份证核对。</translation>
    </message>
    <message>
        <source>Old 15-digit number converted to %1, assuming birth in the 1900s. This sequence was once used for people over 100: check the year of birth.</source>
        <translation>旧版 15 位号码已按 1900 年代出生转换为 %1。该顺序码曾用于百岁以上老人，请核对出生年份。</translation>
    </message>
    <message>
        <source>Born before 1900: check the year of birth.</source>
        <translation>出生于 1900 年以前，请核对出生年份。</translation>
    </message>
    <message>
        <source>The sequence digits are 000, which is unusual: check the number.</source>
        <translation>顺序码为 000，较为少见，请核对号码。</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾省</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门特别行政区</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>境外</translation>
    </message>
</context>
<context>
    <name>IdentifierReveal</name>
    <message>
        <source>Say why you need the whole ID number; the reason is kept in the audit log.</source>
        <translation>请说明为何需要完整身份证号；理由将记入审计日志。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>理由最多 %1 个字。</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>This resident is no longer registered.</source>
        <translation>该居民已不在登记册中。</translation>
    </message>
    <message>
        <source>The audit log cannot be written, so nothing is shown; try again in a moment.</source>
        <translation>无法写入审计日志，因此不予显示；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>导入有效的行，并报告其余的行。</translation>
    </message>
    <message>
        <source>Write every problem, row by row, to this CSV file.</source>
        <translation>将每个问题逐行写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3.</source>
        <translation>%1：%2 行，%3 编码。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>The error report %1 could not be written: %2</source>
        <translation>无法写入错误报告 %1：%2</translation>
    </message>
    <message>
        <source>Problems written to %1.</source>
        <translation>问题已写入 %1。</translation>
    </message>
    <message>
        <source>New grids: %1</source>
        <translation>新建网格：%1</translation>
    </message>
    <message>
        <source>Imported %1 residents in %2 s (checked in %3 s); %4 rows skipped.</source>
        <translation>已导入 %1 位居民，用时 %2 秒（检查用时 %3 秒）；跳过 %4 行。</translation>
    </message>
    <message>
        <source>Old 15-digit ID numbers converted to 18 digits on rows %1: check them against the ID cards.</source>
        <translation>第 %1 行的 15 位旧身份证号已转换为 18 位：请对照身份证核对。</translation>
    </message>
    <message>
        <source>Import residents or services from a CSV sheet (all or nothing unless --skip-invalid)</source>
        <translation>从 CSV 表格导入居民或服务记录（除非使用 --skip-invalid，否则要么全部导入，要么全不导入）</translation>
    </message>
    <message>
        <source>Residents or services can be imported, not &quot;%1&quot;.</source>
        <translation>只能导入居民（residents）或服务（services），不能导入“%1”。</translation>
    </message>
    <message>
        <source>Added to the staff list: %1</source>
        <translation>已加入工作人员名单：%1</translation>
    </message>
    <message>
        <source>Imported %1 service records in %2 s; %3 rows skipped.</source>
        <translation>已导入 %1 条服务记录，用时 %2 秒；跳过 %3 行。</translation>
    </message>
    <message>
        <source>Import for this center (code or name): its grids, its residents.</source>
        <translation>为此中心导入（编码或名称）：使用其网格和居民。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] import residents|services FILE [--skip-invalid] [--errors REPORT.csv] [--center CENTER]</source>
        <translation>用法：linli [--db 文件] import residents|services 文件 [--skip-invalid] [--errors 问题报告.csv] [--center 中心]</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>（文件 %1）</translation>
    </message>
    <message>
        <source>The last import of %1%2 (%L3 rows, started by %4 at %5) did not finish: the program was stopped before it was written. Nothing of it is in the database. Import the file again.</source>
        <translation>上次导入%1%2时，程序在写入前被中止（共 %L3 行，由 %4 于 %5 开始），导入未完成。数据库中没有这次导入的任何数据，请重新导入该文件。</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportWrite</name>
    <message>
        <source>Nothing was imported: %1 of the %2 rows cannot be imported.</source>
        <translation>未导入任何数据：%2 行中有 %1 行无法导入。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported. Try again.</source>
        <translation>数据库正忙；未导入任何数据。请重试。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: the database refused it.</source>
        <translation>导入失败，未写入任何内容：数据库拒绝了这次导入。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: the database refused to commit.</source>
        <translation>导入失败，未写入任何内容：数据库拒绝提交。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何数据。%1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: linli [--db FILE] [--lang zh_CN|en] [COMMAND [OPTIONS]]</source>
        <translation>用法：linli [--db 文件] [--lang zh_CN|en] [命令 [选项]]</translation>
    </message>
    <message>
        <source>Without a command, Linli opens its window.</source>
        <translation>不带命令时，邻里打开程序窗口。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>the language (default: the system&apos;s)</source>
        <translation>界面语言（默认：跟随系统）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>open the window, save a picture of it as PNG, and quit</source>
        <translation>打开程序窗口，将其截图保存为 PNG 后退出</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
    </message>
    <message>
        <source>sign the window in as LOGIN, the password read from standard input</source>
        <translation>以 LOGIN 登录窗口，密码从标准输入读取</translation>
    </message>
    <message>
        <source>%1 must choose a new password first, in the sign-in dialog.</source>
        <translation>%1 须先在登录对话框中设置新密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copy the database into a new one on a PostgreSQL server or in a SQLite file, verified</source>
        <translation>将数据库复制到 PostgreSQL 服务器上或 SQLite 文件中的新数据库，并逐表核对</translation>
    </message>
    <message>
        <source>Where the copy goes: postgresql://user@host:port/database or a new SQLite file.</source>
        <translation>复制到何处：postgresql://用户@主机:端口/数据库，或一个新的 SQLite 文件。</translation>
    </message>
    <message>
        <source>Usage: linli [--db SOURCE] migrate --to DEST</source>
        <translation>用法：linli [--db 源] migrate --to 目标</translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file.</source>
        <translation>%1 已存在；请给出一个新文件名。</translation>
    </message>
    <message>
        <source>Copying %1 into %2…</source>
        <translation>正在将 %1 复制到 %2……</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>Copied and verified: the same rows and checksums on both sides, the copy passes the check (%1 s).</source>
        <translation>已复制并核对：两边行数与校验和一致，副本通过检查（%1 秒）。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服务居民人数</translation>
    </message>
    <message>
        <source>Of whom aged 60 and over</source>
        <translation>其中60岁及以上</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>计划走访</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成走访</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理诉求件</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Cases closed on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time closure rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期诉求件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDocument</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Services per month by category</source>
        <translation>各类服务月度数量</translation>
    </message>
    <message>
        <source>The month&apos;s ten most given services</source>
        <translation>本月服务量前十的服务事项</translation>
    </message>
    <message>
        <source>Visits planned and done</source>
        <translation>走访计划与完成</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务居民人数</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>%1 · Monthly report</source>
        <translation>%1 · 工作月报</translation>
    </message>
    <message>
        <source>1. Key figures</source>
        <translation>一、主要指标</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Residents served (of whom aged 60 and over)</source>
        <translation>服务居民人数（其中60岁及以上）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Visits planned / done</source>
        <translation>计划走访 / 已完成</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cases received / closed / closed on time</source>
        <translation>受理诉求件 / 办结 / 按时办结</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time closure rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Cases overdue at the month&apos;s end</source>
        <translation>月末超期诉求件</translation>
    </message>
    <message>
        <source>2. Services by category</source>
        <translation>二、分类服务情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>3. The twelve months up to %1</source>
        <translation>三、截至%1的十二个月</translation>
    </message>
    <message>
        <source>4. Cases overdue at the month&apos;s end: %1</source>
        <translation>四、月末超期诉求件：%1 件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>The %1 longest overdue are listed; the Cases page lists them all.</source>
        <translation>此处列出超期最久的 %1 件；全部超期件见“诉求件”页面。</translation>
    </message>
    <message>
        <source>Prepared by: ____________    Date: ____________</source>
        <translation>填报人：____________    日期：____________</translation>
    </message>
    <message>
        <source>Approved by: ____________    Date: ____________</source>
        <translation>审核人：____________    日期：____________</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Case rates</source>
        <translation>诉求办理三率</translation>
    </message>
    <message>
        <source>This report replaces the one printed on %1: records of the month were corrected or voided since (%2).</source>
        <translation>本报表取代 %1 打印的报表：此后本月有记录被更正或作废（%2 条）。</translation>
    </message>
</context>
<context>
    <name>NewCenterForm</name>
    <message>
        <source>New center</source>
        <translation>新建中心</translation>
    </message>
    <message>
        <source>e.g. C02</source>
        <translation>如 C02</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>The name contains a character that cannot be part of a name (U+%1).</source>
        <translation>姓名中含有不能用于姓名的字符（U+%1）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>A name does not begin or end with a dot.</source>
        <translation>姓名不能以间隔号开头或结尾。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>姓名最多 %1 个字，这个姓名有 %2 个字。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number has digits only.</source>
        <translation>电话号码只能包含数字。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码应为 11 位，这个号码有 %1 位。</translation>
    </message>
    <message>
        <source>%1 is not a known mobile network yet: check the number.</source>
        <translation>%1 号段尚未收录，请核对号码。</translation>
    </message>
    <message>
        <source>%1 is not a mobile network: check the number.</source>
        <translation>%1 不是手机号段，请核对号码。</translation>
    </message>
    <message>
        <source>A landline number is an area code and 7 or 8 digits, as in 0571-88886666.</source>
        <translation>固定电话由区号加 7 或 8 位号码组成，例如 0571-88886666。</translation>
    </message>
    <message>
        <source>Give the area code with a landline number, as in 0571-88886666.</source>
        <translation>固定电话请加区号，例如 0571-88886666。</translation>
    </message>
    <message>
        <source>This is not a mainland phone number.</source>
        <translation>这不是中国大陆的电话号码。</translation>
    </message>
</context>
<context>
    <name>RecordCorrections</name>
    <message>
        <source>You may correct or void the records you logged today; this one was logged by someone else or on an earlier day. Ask a manager to mend it.</source>
        <translation>您只能更正或作废自己今天登记的记录；这条记录是他人登记的或登记于以前的日期。请找主任修改。</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>无法读取该记录。</translation>
    </message>
    <message>
        <source>This record no longer exists: it was voided meanwhile. Nothing was changed.</source>
        <translation>该记录已不存在：期间已被作废。未做任何更改。</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Nothing was changed; look at it again.</source>
        <translation>期间他人修改了这条记录。未做任何更改，请重新查看。</translation>
    </message>
    <message>
        <source>This record belongs to another center.</source>
        <translation>这条记录属于其他中心。</translation>
    </message>
    <message>
        <source>The database is busy; the record was not corrected. Try again.</source>
        <translation>数据库正忙，记录未更正。请重试。</translation>
    </message>
    <message>
        <source>Nothing was changed: the record holds this already.</source>
        <translation>没有改动：记录已是这些内容。</translation>
    </message>
    <message>
        <source>This record was logged when a visit was marked done; it belongs to the visit&apos;s resident.</source>
        <translation>这条记录是在走访标记为完成时登记的，属于该走访的居民。</translation>
    </message>
    <message>
        <source>The record could not be corrected.</source>
        <translation>记录未能更正。</translation>
    </message>
    <message>
        <source>The record could not be corrected: the database refused it.</source>
        <translation>记录未能更正：数据库拒绝了。</translation>
    </message>
    <message>
        <source>The record could not be corrected: the calendar of working days cannot be read.</source>
        <translation>记录未能更正：无法读取工作日历。</translation>
    </message>
    <message>
        <source>A step of this record&apos;s case is dated before the new time. Correct the time to before the case&apos;s first step.</source>
        <translation>该诉求有办理步骤早于新的时间。请把时间改到诉求第一步之前。</translation>
    </message>
    <message>
        <source>Say why the record is voided.</source>
        <translation>请说明作废原因。</translation>
    </message>
    <message>
        <source>The database is busy; the record was not voided. Try again.</source>
        <translation>数据库正忙，记录未作废。请重试。</translation>
    </message>
    <message>
        <source>The record could not be voided.</source>
        <translation>记录未能作废。</translation>
    </message>
    <message>
        <source>The record could not be voided: the database refused it.</source>
        <translation>记录未能作废：数据库拒绝了。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The month reported (YYYY-MM).</source>
        <translation>报表月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Where to write the tables.</source>
        <translation>表格写入的文件。</translation>
    </message>
    <message>
        <source>--month takes a month such as 2026-10.</source>
        <translation>--month 需要月份，例如 2026-10。</translation>
    </message>
    <message>
        <source>The report could not be gathered: %1</source>
        <translation>无法汇总报表：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Report for %1 written to %2 in %3 s.</source>
        <translation>%1 的报表已写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Write the monthly report as PDF, or its tables as CSV</source>
        <translation>将月度报表写成 PDF，或将其表格写成 CSV</translation>
    </message>
    <message>
        <source>Where to write the report as a PDF.</source>
        <translation>报表 PDF 写入的文件。</translation>
    </message>
    <message>
        <source>Say where to write the report with --csv FILE or --pdf FILE.</source>
        <translation>请用 --csv 文件 或 --pdf 文件 指定报表写入位置。</translation>
    </message>
    <message>
        <source>One center&apos;s report (code or name) rather than the whole district&apos;s.</source>
        <translation>只出某一中心的报表（编码或名称），而非全街道的。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] report --month YYYY-MM [--csv FILE] [--pdf FILE] [--center CENTER]</source>
        <translation>用法：linli [--db 文件] report --month YYYY-MM [--csv 文件] [--pdf 文件] [--center 中心]</translation>
    </message>
</context>
<context>
    <name>ResidentDraft</name>
    <message>
        <source>The ID number is a %1&apos;s; check the gender or the number.</source>
        <translation>身份证号显示为%1，请核对性别或号码。</translation>
    </message>
    <message>
        <source>man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>The ID number gives %1 as the date of birth.</source>
        <translation>身份证号中的出生日期是 %1。</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>请输入出生日期。</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the grid the resident lives in.</source>
        <translation>请选择居民所在网格。</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <source>Choose the relation to the head of the household.</source>
        <translation>请选择与户主的关系。</translation>
    </message>
</context>
<context>
    <name>ResidentEraser</name>
    <message>
        <source>This resident is no longer registered.</source>
        <translation>该居民已不在登记册中。</translation>
    </message>
    <message>
        <source>The resident could not be erased; nothing was changed.</source>
        <translation>无法删除该居民；数据未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>The residents could not be read: %1</source>
        <translation>无法读取居民数据：%1</translation>
    </message>
    <message>
        <source>Cancelled; the file is incomplete.</source>
        <translation>已取消；文件不完整。</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full?).</source>
        <translation>无法写入文件（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns.</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列。</translation>
    </message>
    <message>
        <source>Write 男 or 女 (or M or F).</source>
        <translation>请填写“男”或“女”（或 M、F）。</translation>
    </message>
    <message>
        <source>Not a date; write it as 1950-03-28.</source>
        <translation>不是有效日期；请写成 1950-03-28 的格式。</translation>
    </message>
    <message>
        <source>Write 在册, 迁出 or 已故 (or active, moved out, deceased).</source>
        <translation>请填写“在册”“迁出”或“已故”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known tag.</source>
        <translation>“%1”不是已知的标签。</translation>
    </message>
    <message>
        <source>The same ID number is already on row %1.</source>
        <translation>相同的身份证号已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>Already registered, as %1 (resident no. %2).</source>
        <translation>已登记为 %1（居民编号 %2）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>The database refused the residents; nothing was imported. Check the file again and retry.</source>
        <translation>数据库拒绝了这些居民；未导入任何数据。请重新检查文件后重试。</translation>
    </message>
    <message>
        <source>This grid belongs to another center.</source>
        <translation>该网格属于其他中心。</translation>
    </message>
    <message>
        <source>New grids will be created: %1.</source>
        <translation>将新建网格：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Old 15-digit ID numbers will be converted to 18 digits; check them against the ID cards (rows %1).</source>
        <translation>15 位旧身份证号将转换为 18 位；请对照身份证核对（第 %1 行）。</translation>
    </message>
</context>
<context>
    <name>ResidentMerger</name>
    <message>
        <source>Choose two different residents to merge.</source>
        <translation>请选择两个不同的居民进行合并。</translation>
    </message>
    <message>
        <source>One of the two residents is no longer registered.</source>
        <translation>两位居民中有一位已不在登记册中。</translation>
    </message>
    <message>
        <source>The residents could not be merged; nothing was changed.</source>
        <translation>无法合并这两位居民；数据未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ResidentSheet</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>A resident with this ID number is already registered.</source>
        <translation>该身份证号的居民已经登记过。</translation>
    </message>
    <message>
        <source>The resident could not be saved: the grid may no longer exist.</source>
        <translation>无法保存居民信息：所选网格可能已不存在。</translation>
    </message>
    <message>
        <source>The resident could not be saved: the database refused the change.</source>
        <translation>无法保存居民信息：数据库拒绝了此次修改。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was saved. Try again.</source>
        <translation>数据库正忙；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Someone else changed this resident meanwhile. Close the form and open the resident again to see their change.</source>
        <translation>在此期间有其他人修改了该居民的信息。请关闭表单，重新打开该居民查看对方的修改。</translation>
    </message>
    <message>
        <source>This household already has a head; choose another relation.</source>
        <translation>该户已有户主；请选择其他关系。</translation>
    </message>
</context>
<context>
    <name>ResidentTag</name>
    <message>
        <source>Living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Empty nest</source>
        <translation>空巢</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Key care</source>
        <translation>重点关注</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup, after checking it; the current one is kept aside</source>
        <translation>校验备份后用它替换数据库；当前数据库另存保留</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] restore FILE</source>
        <translation>用法：linli [--db 文件] restore 文件</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>恢复前的数据库已另存为 %1。</translation>
    </message>
</context>
<context>
    <name>SavedEntries</name>
    <message>
        <source>Nothing was saved: the database could not be read.</source>
        <translation>未保存：无法读取数据库。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This copy of Linli is incomplete: its database upgrade scripts are missing.</source>
        <translation>此邻里程序不完整：缺少数据库升级脚本。</translation>
    </message>
    <message>
        <source>The database version cannot be read.</source>
        <translation>无法读取数据库版本。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Linli (schema %1; this version knows up to %2).</source>
        <translation>该数据库由更新版本的邻里写入（数据库版本 %1，本程序最高支持 %2）。</translation>
    </message>
    <message>
        <source>This copy of Linli is incomplete: upgrade script %1 cannot be read.</source>
        <translation>此邻里程序不完整：无法读取第 %1 号升级脚本。</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written; the upgrade was not started.</source>
        <translation>数据库正忙或无法写入，未开始升级。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2.</source>
        <translation>将数据库升级到版本 %1 失败，数据库保持在版本 %2。</translation>
    </message>
    <message>
        <source>The database cannot be marked as a Linli database.</source>
        <translation>无法为数据库写入邻里标识。</translation>
    </message>
    <message>
        <source>The database version cannot be recorded.</source>
        <translation>无法记录数据库版本。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 could not be saved; it was left at version %2.</source>
        <translation>数据库升级到版本 %1 未能保存，数据库保持在版本 %2。</translation>
    </message>
</context>
<context>
    <name>ServiceExport</name>
    <message>
        <source>The service records could not be read: %1</source>
        <translation>无法读取服务记录：%1</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>无法写入表格：%1</translation>
    </message>
</context>
<context>
    <name>ServiceImport</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The calendar of working days cannot be read.</source>
        <translation>无法读取工作日历。</translation>
    </message>
    <message>
        <source>The row has more cells than the header has columns.</source>
        <translation>该行的单元格比表头的列多。</translation>
    </message>
    <message>
        <source>The service type is missing.</source>
        <translation>缺少服务类型。</translation>
    </message>
    <message>
        <source>Unknown service type: give its code (such as LG01) or its name as the catalogue has it.</source>
        <translation>未知的服务类型：请填写编码（如 LG01）或服务目录中的名称。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>Not a date: write it as 2025-09-26 or 2025-09-26 14:30.</source>
        <translation>不是有效日期：请写成 2025-09-26 或 2025-09-26 14:30。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The ID number belongs to %1, not to %2.</source>
        <translation>该身份证号属于%1，不是%2。</translation>
    </message>
    <message>
        <source>No resident with this ID number is registered: import or register them first.</source>
        <translation>没有登记该身份证号的居民：请先导入或登记。</translation>
    </message>
    <message>
        <source>Give %1&apos;s ID number, or leave the name empty for an anonymous walk-in.</source>
        <translation>请填写%1的身份证号；未登记来访者请不填姓名。</translation>
    </message>
    <message>
        <source>A handler&apos;s name has at most 50 characters.</source>
        <translation>经办人姓名最多 50 个字符。</translation>
    </message>
    <message>
        <source>Unknown case status: use 受理, 分派, 办理中, 反馈, 回访, 办结 or 转办.</source>
        <translation>未知的办理状态：请使用 受理、分派、办理中、反馈、回访、办结 或 转办。</translation>
    </message>
    <message>
        <source>This service opens no case: leave the status empty.</source>
        <translation>该服务不建立诉求件：状态请留空。</translation>
    </message>
    <message>
        <source>Not a date: write it as 2025-09-26.</source>
        <translation>不是有效日期：请写成 2025-09-26。</translation>
    </message>
    <message>
        <source>Only a closed or referred case has a closing date.</source>
        <translation>只有已办结或已转办的诉求件才有办结日期。</translation>
    </message>
    <message>
        <source>The case is closed before it was received.</source>
        <translation>办结日期早于受理日期。</translation>
    </message>
    <message>
        <source>The closing date is in the future.</source>
        <translation>办结日期晚于今天。</translation>
    </message>
    <message>
        <source>A closed case needs its closing date.</source>
        <translation>已办结的诉求件需要填写办结日期。</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes, 0 to %1.</source>
        <translation>时长必须是 0 到 %1 之间的整数分钟。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: the database refused a row.</source>
        <translation>导入失败，未写入任何内容：数据库拒绝了其中一行。</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Handlers not on the staff list yet will be added to it: %1.</source>
        <translation>尚未在工作人员名单中的经办人将被加入名单：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordStore</name>
    <message>
        <source>Enter when the service was delivered.</source>
        <translation>请填写服务时间。</translation>
    </message>
    <message>
        <source>The service is dated in the future.</source>
        <translation>服务时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and %1 minutes.</source>
        <translation>时长应在 0 到 %1 分钟之间。</translation>
    </message>
    <message>
        <source>Choose a service type that is still offered.</source>
        <translation>请选择仍在提供的服务类型。</translation>
    </message>
    <message>
        <source>The resident is no longer registered.</source>
        <translation>该居民已不在登记中。</translation>
    </message>
    <message>
        <source>The handler is not an active staff member.</source>
        <translation>经办人不是在岗工作人员。</translation>
    </message>
    <message>
        <source>The database is busy; the service was not logged. Try again.</source>
        <translation>数据库正忙；服务未登记。请重试。</translation>
    </message>
    <message>
        <source>The service could not be logged.</source>
        <translation>无法登记该服务。</translation>
    </message>
    <message>
        <source>The service could not be logged: the calendar of working days cannot be read.</source>
        <translation>无法登记该服务：无法读取工作日日历。</translation>
    </message>
    <message>
        <source>The service could not be logged: the database refused it.</source>
        <translation>无法登记该服务：数据库拒绝了这次写入。</translation>
    </message>
    <message>
        <source>This entry was saved already, as record no. %1.</source>
        <translation>这条登记已经保存过了（记录号 %1）。</translation>
    </message>
</context>
<context>
    <name>ServiceSheet</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The file has no column for %1 (a header such as &quot;%2&quot;).</source>
        <translation>文件中没有“%1”列（列名如“%2”）。</translation>
    </message>
    <message>
        <source>Two columns of the file are both taken as %1.</source>
        <translation>文件中有两列都被当作“%1”。</translation>
    </message>
</context>
<context>
    <name>SqliteFilesInUse</name>
    <message>
        <source>%1 is a file of the database Linli has open. Choose another file.</source>
        <translation>%1 是邻里正在使用的数据库的文件。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>磁盘空间不足。请清理空间后重试；数据未作任何更改。</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work. Try again in a moment; nothing was changed.</source>
        <translation>数据库正忙（其他用户正在操作），请稍后重试；数据未作任何更改。</translation>
    </message>
    <message>
        <source>The database may only be read here (the file or its folder is write-protected); nothing was changed.</source>
        <translation>此处数据库只读（文件或所在文件夹有写保护）；数据未作任何更改。</translation>
    </message>
    <message>
        <source>A file could not be created or opened; check the folder exists and may be written to.</source>
        <translation>无法创建或打开文件；请检查文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; what was being saved was not saved. Check the network and try again.</source>
        <translation>与数据库服务器的连接已断开，正在保存的内容没有保存。请检查网络后重试。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>clerk, manager or admin.</source>
        <translation>clerk（窗口办事员）、manager（中心主任）或 admin（系统管理员）。</translation>
    </message>
    <message>
        <source>The person&apos;s name as shown in the window.</source>
        <translation>窗口中显示的姓名。</translation>
    </message>
    <message>
        <source>Unknown role %1: use clerk, manager or admin.</source>
        <translation>未知角色 %1：请用 clerk、manager 或 admin。</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>未添加账号：%1</translation>
    </message>
    <message>
        <source>Account %1 added as %2.</source>
        <translation>已添加账号 %1，角色：%2。</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>未重置密码：%1</translation>
    </message>
    <message>
        <source>Password of %1 reset and any lock lifted; it is to be changed at the next sign-in.</source>
        <translation>已重置 %1 的密码并解除锁定；下次登录时须修改密码。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>password to be changed</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>No accounts yet: the first one, an administrator, is created at the first start or with &quot;linli user add LOGIN --role admin&quot;.</source>
        <translation>尚无账号：第一个账号（系统管理员）在首次启动时创建，或用 &quot;linli user add 登录名 --role admin&quot; 创建。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The role was not changed: %1</source>
        <translation>角色未更改：%1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>账号未更改：%1</translation>
    </message>
    <message>
        <source>Account %1 disabled: nobody signs in with it.</source>
        <translation>账号 %1 已停用：任何人都无法再用它登录。</translation>
    </message>
    <message>
        <source>Account %1 enabled again.</source>
        <translation>账号 %1 已重新启用。</translation>
    </message>
    <message>
        <source>Add, list, reset, change the role or center of, disable or enable sign-in accounts (passwords from standard input)</source>
        <translation>添加、列出、重置登录账号，更改其角色或所属中心，停用或启用账号（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>The center (code or name) whose residents the account sees.</source>
        <translation>账号可查看其居民的中心（编码或名称）。</translation>
    </message>
    <message>
        <source>The account sees the whole district (not for clerks).</source>
        <translation>账号可查看全街道（窗口办事员除外）。</translation>
    </message>
    <message>
        <source>Usage: linli [--db FILE] user add LOGIN --role ROLE [--name NAME] [--center CENTER] | user list | user reset LOGIN | user role LOGIN --role ROLE | user center LOGIN (--center CENTER | --district) | user disable LOGIN | user enable LOGIN</source>
        <translation>用法：linli [--db 文件] user add 登录名 --role 角色 [--name 姓名] [--center 中心] | user list | user reset 登录名 | user role 登录名 --role 角色 | user center 登录名 (--center 中心 | --district) | user disable 登录名 | user enable 登录名</translation>
    </message>
    <message>
        <source>The center was not changed: %1</source>
        <translation>所属中心未更改：%1</translation>
    </message>
    <message>
        <source>%1 now sees the residents of %2.</source>
        <translation>%1 现在查看 %2 的居民。</translation>
    </message>
    <message>
        <source>%1 now sees the whole district.</source>
        <translation>%1 现在可查看全街道。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may not contain the login name.</source>
        <translation>密码不能包含登录名。</translation>
    </message>
    <message>
        <source>This password is among the first ones anyone would try.</source>
        <translation>这个密码太常见，很容易被猜到。</translation>
    </message>
    <message>
        <source>A password needs two kinds of characters of letters, digits and signs.</source>
        <translation>密码需要包含字母、数字、符号中的至少两类。</translation>
    </message>
    <message>
        <source>A password may not be one character repeated.</source>
        <translation>密码不能是同一个字符的重复。</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>第一个账号必须是系统管理员。</translation>
    </message>
    <message>
        <source>A login is one word of at most 40 characters.</source>
        <translation>登录名须为不含空格、最多 40 个字符的一个词。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password could not be stored (not enough memory).</source>
        <translation>无法保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账号 %1。</translation>
    </message>
    <message>
        <source>The present password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the present one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign-in is locked for %1 minutes.</source>
        <translation>密码错误次数过多：登录已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign-in is locked for %1 more minutes.</source>
        <translation>密码错误次数过多：登录仍将锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>Signing in could not be written to the database: %1</source>
        <translation>无法将登录写入数据库：%1</translation>
    </message>
    <message>
        <source>%1 is the only administrator; make another account an administrator first.</source>
        <translation>%1 是唯一的系统管理员；请先将另一个账号设为系统管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>%1 is the only administrator; it cannot be disabled.</source>
        <translation>%1 是唯一的系统管理员，不能停用。</translation>
    </message>
    <message>
        <source>You may give accounts your own center only.</source>
        <translation>您只能为账号指定您自己所在的中心。</translation>
    </message>
    <message>
        <source>There is no such center.</source>
        <translation>该中心不存在。</translation>
    </message>
    <message>
        <source>A clerk works at one center: choose which.</source>
        <translation>窗口办事员属于一个中心：请选择所属中心。</translation>
    </message>
    <message>
        <source>Only an administrator of the whole district may move accounts between centers.</source>
        <translation>只有全街道的系统管理员可以在中心之间调整账号。</translation>
    </message>
    <message>
        <source>%1 is an account of another center.</source>
        <translation>%1 是其他中心的账号。</translation>
    </message>
    <message>
        <source>The account could not be added: the database refused it.</source>
        <translation>未能添加账号：数据库拒绝了这一操作。</translation>
    </message>
    <message>
        <source>The account could not be changed: the database refused it.</source>
        <translation>未能修改账号：数据库拒绝了这一操作。</translation>
    </message>
    <message>
        <source>This staff member is not working here (any more).</source>
        <translation>该工作人员不在本中心工作（或已离职）。</translation>
    </message>
    <message>
        <source>This staff member signs in as %1 already; one account per person.</source>
        <translation>该工作人员已使用账号 %1 登录；每人只能有一个账号。</translation>
    </message>
    <message>
        <source>Nobody is signed in here.</source>
        <translation>这里没有人登录。</translation>
    </message>
    <message>
        <source>Signing out could not be written to the database.</source>
        <translation>退出登录未能写入数据库。</translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
</context>
<context>
    <name>VisitRecurrence</name>
    <message>
        <source>Choose the day of the first visit.</source>
        <translation>请选择首次走访的日期。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 365.</source>
        <translation>间隔必须在 1 到 365 之间。</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>请至少选择一个星期几。</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>每月的日期必须在 1 到 31 之间。</translation>
    </message>
    <message>
        <source>The series ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A series has at most 1,000 sessions.</source>
        <translation>一个系列最多 1,000 次。</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>请选择走访类别。</translation>
    </message>
    <message>
        <source>Choose the time of the visit.</source>
        <translation>请选择走访时间。</translation>
    </message>
    <message>
        <source>A visit lasts 1 to %1 minutes.</source>
        <translation>一次走访时长为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <source>Choose a resident who is registered here.</source>
        <translation>请选择在册居民。</translation>
    </message>
    <message>
        <source>The staff member is not active.</source>
        <translation>该工作人员不在岗。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was planned. Try again.</source>
        <translation>数据库正忙，未安排任何走访，请重试。</translation>
    </message>
    <message>
        <source>The visits could not be planned: the database refused them.</source>
        <translation>无法安排走访：数据库拒绝了这次写入。</translation>
    </message>
    <message>
        <source>The rule gives no visit.</source>
        <translation>按该规则没有任何走访日期。</translation>
    </message>
    <message>
        <source>The visits could not be planned.</source>
        <translation>无法安排走访。</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>该走访已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile. Nothing was changed; look at it again.</source>
        <translation>其他人刚刚修改了该走访。本次未作任何修改，请重新查看。</translation>
    </message>
    <message>
        <source>Only a planned visit can be changed this way.</source>
        <translation>只有计划中的走访才能这样修改。</translation>
    </message>
    <message>
        <source>Choose the new time of the visit.</source>
        <translation>请选择新的走访时间。</translation>
    </message>
    <message>
        <source>Say why the visit is cancelled.</source>
        <translation>请说明取消走访的原因。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was changed. Try again.</source>
        <translation>数据库正忙，未作任何修改，请重试。</translation>
    </message>
    <message>
        <source>The visit could not be changed.</source>
        <translation>无法修改该走访。</translation>
    </message>
    <message>
        <source>The service type for this kind of visit is missing from the catalogue.</source>
        <translation>服务目录中缺少该类走访对应的服务类型。</translation>
    </message>
    <message>
        <source>This visit is not part of a series.</source>
        <translation>该走访不属于任何系列。</translation>
    </message>
    <message>
        <source>The series no longer exists.</source>
        <translation>该系列已不存在。</translation>
    </message>
    <message>
        <source>The series could not be changed.</source>
        <translation>无法修改该系列。</translation>
    </message>
    <message>
        <source>Missed: write down the next step (call back, ask the neighbours, visit again).</source>
        <translation>未遇：请写下下一步安排（回电、询问邻居、再次走访）。</translation>
    </message>
    <message>
        <source>Not reached: write down the next step (call again, ask the neighbours, visit).</source>
        <translation>未联系上：请写明下一步（再打电话、问邻居、上门）。</translation>
    </message>
    <message>
        <source>The call could not be written down.</source>
        <translation>这次电话未能记下。</translation>
    </message>
</context>
<context>
    <name>VisitWording</name>
    <message>
        <source>Home visit</source>
        <translation>上门探访</translation>
    </message>
    <message>
        <source>Rehabilitation at the center</source>
        <translation>站内康复</translation>
    </message>
    <message>
        <source>Rehabilitation at home</source>
        <translation>上门康复</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>电话问候</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未遇</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>linli::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>新密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>new password at the next sign-in</source>
        <translation>下次登录时设置新密码</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账号</translation>
    </message>
    <message>
        <source>Account %1 added as %2.</source>
        <translation>已添加账号 %1，角色为%2。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>New password set for %1; any lock is lifted, and %1 chooses their own at the next sign-in.</source>
        <translation>已为 %1 设置新密码，锁定已解除；%1 下次登录时设置自己的密码。</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>Account %1 disabled: nobody signs in with it.</source>
        <translation>账号 %1 已停用：任何人都无法再用它登录。</translation>
    </message>
    <message>
        <source>Account %1 enabled again.</source>
        <translation>账号 %1 已重新启用。</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>C&amp;enter…</source>
        <translation>所属中心(&amp;E)…</translation>
    </message>
    <message>
        <source>whole district</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>whole district (not for clerks)</source>
        <translation>全街道（窗口办事员除外）</translation>
    </message>
    <message>
        <source>Whose residents %1 sees:</source>
        <translation>%1 可查看哪个中心的居民：</translation>
    </message>
    <message>
        <source>%1 now sees the residents of %2.</source>
        <translation>%1 现在查看 %2 的居民。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>&amp;Staff member…</source>
        <translation>工作人员(&amp;S)…</translation>
    </message>
    <message>
        <source>(left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>%1 signs in as %2.</source>
        <translation>%1 使用账号 %2 登录。</translation>
    </message>
    <message>
        <source>%1 belongs to no staff member.</source>
        <translation>账号 %1 不属于任何工作人员。</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Who signs in as %1? For nobody, each computer keeps the handler last chosen in the quick log.</source>
        <translation>谁使用账号 %1 登录？选“无”时，每台电脑沿用登记服务时最后选择的经办人。</translation>
    </message>
</context>
<context>
    <name>linli::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Check the &amp;chain</source>
        <translation>校验哈希链(&amp;C)</translation>
    </message>
    <message>
        <source>Reads every row and checks that none was changed or removed outside Linli</source>
        <translation>逐行读取，检查是否有记录在邻里之外被改动或删除</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The chain of hashes breaks at row %1: the log was changed outside Linli from there on.</source>
        <translation>哈希链在第 %1 行断开：日志自该行起曾在邻里之外被改动。</translation>
    </message>
    <message>
        <source>The chain of hashes is whole: no row was changed or removed outside Linli.</source>
        <translation>哈希链完整：没有记录在邻里之外被改动或删除。</translation>
    </message>
</context>
<context>
    <name>linli::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Whole ID number seen</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>Refused by role</source>
        <translation>因角色被拒</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（在 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>改动内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>other phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>contact interval (days)</source>
        <translation>联系间隔（天）</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>names, category, case rule, visit kind</source>
        <translation>名称、类别、诉求规则、走访类别</translation>
    </message>
    <message>
        <source>place in its category</source>
        <translation>类别内顺序</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>in use again</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>rows left out</source>
        <translation>未导入行数</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>连续输错密码次数</translation>
    </message>
    <message>
        <source>while locked</source>
        <translation>锁定期间</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>lock lifted</source>
        <translation>已解除锁定</translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation>本人修改了密码</translation>
    </message>
    <message>
        <source>wanted to</source>
        <translation>试图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>weekend day worked</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>day back to normal</source>
        <translation>恢复为平常日</translation>
    </message>
    <message>
        <source>contact interval, living alone (days)</source>
        <translation>联系间隔：独居老人（天）</translation>
    </message>
    <message>
        <source>contact interval, disabled (days)</source>
        <translation>联系间隔：残疾人（天）</translation>
    </message>
    <message>
        <source>contact interval, key care (days)</source>
        <translation>联系间隔：重点关注（天）</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>folder of the daily backups</source>
        <translation>每日备份文件夹</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>database before kept as</source>
        <translation>原数据库另存为</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>erased at the resident&apos;s request</source>
        <translation>应本人要求删除</translation>
    </message>
    <message>
        <source>services kept without a name</source>
        <translation>保留的匿名服务记录</translation>
    </message>
    <message>
        <source>visits removed</source>
        <translation>删除的走访</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>visit series</source>
        <translation>走访系列</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>day sheet</source>
        <translation>走访日程单</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>service type no.</source>
        <translation>服务类型编号</translation>
    </message>
    <message>
        <source>resident no.</source>
        <translation>居民编号</translation>
    </message>
    <message>
        <source>service record no.</source>
        <translation>服务记录编号</translation>
    </message>
    <message>
        <source>case state</source>
        <translation>诉求件状态</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>series ends</source>
        <translation>系列结束于</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>with whole phone numbers</source>
        <translation>含完整电话号码</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>account enabled again</source>
        <translation>账号已重新启用</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>merged resident no.</source>
        <translation>并入的居民编号</translation>
    </message>
    <message>
        <source>merged into resident no.</source>
        <translation>并入居民编号</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>time of service</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>handler no.</source>
        <translation>经办人编号</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>linli::BackupActions</name>
    <message>
        <source>Linli backups (*.sqlite);;All files (*)</source>
        <translation>邻里备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily &amp;backups…</source>
        <translation>每日备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>今日备份失败：%1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>备份已写入并通过校验：
%1</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in the database by the contents of %1?

The database as it is now is kept beside it first. Linli closes afterwards; start it again to work with the restored data.</source>
        <translation>用 %1 的内容替换数据库中的全部数据吗？

当前数据库会先另存在旁边。恢复后邻里将关闭，请重新启动以使用恢复的数据。</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>正在校验并恢复备份…</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>At the first start of each day Linli writes a checked backup of the database into this folder, and keeps those of the last %1 days and %2 weeks. Best a folder on another disk or a network drive. Empty: no daily backup.</source>
        <translation>每天首次启动时，邻里会将数据库的备份（已校验）写入此文件夹，并保留最近 %1 天和 %2 周的备份。最好选择另一块磁盘或网络驱动器上的文件夹。留空：不做每日备份。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder of the daily backups</source>
        <translation>每日备份文件夹</translation>
    </message>
    <message>
        <source>Restored from:
%1

The database as it was before is kept as:
%2

Linli closes now.</source>
        <translation>已从以下备份恢复：
%1

恢复前的数据库已另存为：
%2

邻里现在关闭。</translation>
    </message>
</context>
<context>
    <name>linli::BackupJob</name>
    <message>
        <source>The backup was restored, but the database cannot be opened: %1</source>
        <translation>备份已恢复，但无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>linli::CalendarDialog</name>
    <message>
        <source>Holidays and working days</source>
        <translation>节假日与工作日</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>e.g. 春节, 国庆节调休</source>
        <translation>如：春节、国庆节调休</translation>
    </message>
    <message>
        <source>Add day &amp;off</source>
        <translation>添加放假日(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;worked weekend day</source>
        <translation>添加调休上班日(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Case deadlines count working days: Monday to Friday, except the days off entered here, plus the weekend days worked instead. A change counts for cases opened afterwards; due dates already given stay.</source>
        <translation>诉求办理期限按工作日计算：周一至周五，扣除这里录入的放假日，加上调休上班的周末。修改只影响之后受理的诉求件，已给出的办理期限不变。</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Worked weekend day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>No days entered for %1: deadlines count Monday to Friday only. Enter the days of the State Council&apos;s notice.</source>
        <translation>%1 年尚未录入节假日：办理期限只按周一至周五计算。请按国务院办公厅通知录入。</translation>
    </message>
    <message>
        <source>Days off: %1 · weekend days worked: %2.</source>
        <translation>放假 %1 天 · 调休上班 %2 天。</translation>
    </message>
</context>
<context>
    <name>linli::CareAlertTableModel</name>
    <message>
        <source>The list of residents due for contact could not be read.</source>
        <translation>无法读取待联系居民名单。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>应联系日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>In care as</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not reached since</source>
        <translation>最近未遇</translation>
    </message>
</context>
<context>
    <name>linli::CareIntervalsDialog</name>
    <message>
        <source>Contact intervals</source>
        <translation>关爱联系间隔</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A resident with several of these tags is due after the shortest. Saving works out again who is due for contact.</source>
        <translation>同时有多个标签的居民按最短间隔计算。保存后将重新计算待联系的居民。</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>linli::CaseDialog</name>
    <message>
        <source>Case no. %1 · %2</source>
        <translation>诉求件 %1 号 · %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Take this step</source>
        <translation>执行此步骤</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>（未登记来访者）</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>e.g. district legal aid center, street office</source>
        <translation>如：区法律援助中心、街道办事处</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分派给：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>转办至：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>This case is finished: %1.</source>
        <translation>该诉求件已结束：%1。</translation>
    </message>
    <message>
        <source>What the resident was told (required)</source>
        <translation>向居民反馈的内容（必填）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>(nothing was written down)</source>
        <translation>（未记录诉求内容）</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>诉求内容：</translation>
    </message>
    <message>
        <source>At the desk:</source>
        <translation>窗口答复：</translation>
    </message>
    <message>
        <source>%1 — overdue by 1 day</source>
        <translation>%1 — 逾期 1 天</translation>
    </message>
    <message>
        <source>%1 — overdue by %2 days</source>
        <translation>%1 — 逾期 %2 天</translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — 今天到期</translation>
    </message>
    <message>
        <source>%1 — 1 working day left</source>
        <translation>%1 — 剩 1 个工作日</translation>
    </message>
    <message>
        <source>%1 — %2 working days left</source>
        <translation>%1 — 剩 %2 个工作日</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Recorded: %1. The case is now “%2”.</source>
        <translation>已记录：%1。诉求件现为“%2”。</translation>
    </message>
    <message>
        <source>Show the whole number…</source>
        <translation>显示完整号码…</translation>
    </message>
    <message>
        <source>Whole phone number</source>
        <translation>完整电话号码</translation>
    </message>
    <message>
        <source>Why do you need %1&apos;s whole phone number? The reason is kept in the audit log.</source>
        <translation>为什么需要%1的完整电话号码？原因会记入审计日志。</translation>
    </message>
    <message>
        <source>Calling back about case no. %1</source>
        <translation>就诉求件 %1 号回电</translation>
    </message>
</context>
<context>
    <name>linli::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>诉求件</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>全部未办结</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>%1 (none open)</source>
        <translation>%1（无未办结）</translation>
    </message>
    <message>
        <source>%1 (%2 open, %3 overdue)</source>
        <translation>%1（未办结 %2，超期 %3）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Mine — %1</source>
        <translation>我的 — %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <translation>未办结 %1 · 超期 %2</translation>
    </message>
</context>
<context>
    <name>linli::CatalogueDialog</name>
    <message>
        <source>Elderly visit</source>
        <translation>养老走访</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>康复</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>A retired type is no longer offered for new entries; the log and the reports keep it.</source>
        <translation>停用的类型不再用于新登记，服务记录和报表仍保留它。</translation>
    </message>
    <message>
        <source>Only a type that was never used can be deleted.</source>
        <translation>只有从未使用过的类型才能删除。</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the catalogue?</source>
        <translation>从服务目录中删除 %1 %2？</translation>
    </message>
    <message>
        <source>New service type</source>
        <translation>新服务类型</translation>
    </message>
    <message>
        <source>Service type %1</source>
        <translation>服务类型 %1</translation>
    </message>
    <message>
        <source>Case deadline (working days)</source>
        <translation>办理期限（工作日）</translation>
    </message>
</context>
<context>
    <name>linli::CentersDialog</name>
    <message>
        <source>Centers and grids</source>
        <translation>中心与网格</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>&amp;Add center…</source>
        <translation>添加中心(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move to center…</source>
        <translation>划归中心(&amp;M)…</translation>
    </message>
    <message>
        <source>An account of a center sees the residents of its grids, and everything recorded about them, alone. A grid moved to another center takes its residents and their records along.</source>
        <translation>中心的账号只能查看本中心各网格的居民及其全部记录。网格划归另一中心时，其居民和相关记录随之划转。</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Center %1 added.</source>
        <translation>已添加中心 %1。</translation>
    </message>
    <message>
        <source>Rename center</source>
        <translation>重命名中心</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Center %1 is now called %2.</source>
        <translation>中心 %1 现名为 %2。</translation>
    </message>
    <message>
        <source>Move grid</source>
        <translation>划转网格</translation>
    </message>
    <message>
        <source>Center of %1 (its residents and their records move along):</source>
        <translation>%1 划归的中心（其居民和相关记录随之划转）：</translation>
    </message>
    <message>
        <source>Grid %1 now belongs to %2.</source>
        <translation>网格 %1 现已划归 %2。</translation>
    </message>
</context>
<context>
    <name>linli::ChartPanel</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
</context>
<context>
    <name>linli::DatabaseLocationDialog</name>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (one front desk)</source>
        <translation>本机上的文件(&amp;F)（单个服务窗口）</translation>
    </message>
    <message>
        <source>A shared &amp;server (PostgreSQL: several desks or a whole district)</source>
        <translation>共享服务器(&amp;S)（PostgreSQL：多个窗口或整个街道）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Linli asks for the password when it connects, unless this computer keeps it for the server (PGPASSWORD or ~/.pgpass).</source>
        <translation>连接时邻里会询问密码，除非本机已为该服务器保存了密码（PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Linli database (*.sqlite)</source>
        <translation>邻里数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address and the database&apos;s name.</source>
        <translation>请填写服务器地址和数据库名称。</translation>
    </message>
    <message>
        <source>This computer&apos;s Linli remembers the location. Each desk of a center that shares a server is set to the same server and database.</source>
        <translation>本机的邻里会记住此位置。共用服务器的中心，每个窗口都应设置为同一服务器和同一数据库。</translation>
    </message>
</context>
<context>
    <name>linli::DaySheetPrinter</name>
    <message>
        <source>Day sheet</source>
        <translation>走访日程单</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>A4 page:</source>
        <translation>A4 纸张：</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>走访日程单-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>保存走访日程单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>%1, %2: %3 visits to print, by time of day.</source>
        <translation>%1，%2：共 %3 次走访，按时间顺序打印。</translation>
    </message>
    <message>
        <source>Whole phone numbers and rooms on every visit</source>
        <translation>所有走访都显示完整电话和房号</translation>
    </message>
    <message>
        <source>Your own visits always carry them: you go to the door and call ahead</source>
        <translation>您本人负责的走访总会显示：您要上门并提前打电话</translation>
    </message>
</context>
<context>
    <name>linli::FormDialog</name>
    <message>
        <source>Save what you have typed in this form before closing it?</source>
        <translation>关闭前要保存在此表单中填写的内容吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>linli::HelpDialog</name>
    <message>
        <source>Where things are</source>
        <translation>功能在哪里</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>日常工作</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+L&lt;/b&gt; logs a service from anywhere; Enter saves it and clears the form for the next one.</source>
        <translation>在任何地方按 &lt;b&gt;Ctrl+L&lt;/b&gt; 登记服务；按回车保存并清空表单，接着登记下一条。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;F3&lt;/b&gt; goes back to the search box: a name, pinyin or initials (zs), the last digits of an ID number or phone, an address (3-2-301), or a name with digits (zxh 0769).</source>
        <translation>&lt;b&gt;Ctrl+F&lt;/b&gt; 或 &lt;b&gt;F3&lt;/b&gt; 回到搜索框：可输入姓名、拼音或首字母（zs）、身份证号或电话的尾号、住址（3-2-301），或姓名加数字（zxh 0769）。</translation>
    </message>
    <message>
        <source>On the Residents page, &lt;b&gt;Ctrl+N&lt;/b&gt; registers a resident; Enter on a row opens one.</source>
        <translation>在居民页，&lt;b&gt;Ctrl+N&lt;/b&gt; 登记居民；在某一行按回车打开该居民。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+5&lt;/b&gt; open the pages: Residents, Services, Cases, Visits, Reports.</source>
        <translation>&lt;b&gt;Ctrl+1&lt;/b&gt; 至 &lt;b&gt;Ctrl+5&lt;/b&gt; 打开各页：居民、服务、诉求件、走访、报表。</translation>
    </message>
    <message>
        <source>Mending what was logged wrongly</source>
        <translation>改正登记错误</translation>
    </message>
    <message>
        <source>On the Services page, Enter or a double-click opens a record: correct it and save, or void it with a reason. A clerk mends the records they logged today; a manager any record.</source>
        <translation>在服务页，按回车或双击打开一条记录：更正后保存，或注明原因作废。窗口人员可修改自己今天登记的记录；主任可修改任何记录。</translation>
    </message>
    <message>
        <source>Every correction and void is kept with the record and in the audit log; a voided record counts nowhere.</source>
        <translation>每次更正和作废都随记录保留并记入审计日志；作废的记录不计入任何统计。</translation>
    </message>
    <message>
        <source>Cases and visits</source>
        <translation>诉求件与走访</translation>
    </message>
    <message>
        <source>The Cases page lists the open cases, overdue first; Enter opens one to take its next step.</source>
        <translation>诉求件页列出未办结的诉求，超期的在前；按回车打开并办理下一步。</translation>
    </message>
    <message>
        <source>The Visits page lists those not contacted in time: a phone check asks whether they were reached, and a slip can be undone there. The agenda plans visits and prints the day sheet.</source>
        <translation>走访页列出未按时联系的居民：电话问候会问是否联系上，误登可在原处撤销。日程用于安排走访和打印当日走访单。</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Esc or Cancel on a form with changes asks first: Save, Discard or Go back.</source>
        <translation>表单有改动时按 Esc 或取消，会先询问：保存、放弃或返回。</translation>
    </message>
    <message>
        <source>The window locks itself when left idle; your password opens it again, with everything kept.</source>
        <translation>无人操作时窗口会自动锁定；输入您的密码即可解锁，内容都会保留。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>File → Sign out lets the next person sign in; File → Change my password… changes yours.</source>
        <translation>文件 → 退出登录，换下一位登录；文件 → 修改我的密码…，修改您自己的密码。</translation>
    </message>
    <message>
        <source>Your administrator has the manuals that tell the rest: services and cases, visits, accounts, data safety.</source>
        <translation>更多内容见管理员处的使用手册：服务与诉求件、走访、账户、数据安全。</translation>
    </message>
</context>
<context>
    <name>linli::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>linli::MainWindow</name>
    <message>
        <source>Linli Community Service Center</source>
        <translation>邻里 · 社区综合服务中心</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>走访(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Linli</source>
        <translation>关于邻里(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Residents: %1 · Service records: %2 · Visits: %3</source>
        <translation>居民：%1 · 服务记录：%2 · 走访：%3</translation>
    </message>
    <message>
        <source>About Linli</source>
        <translation>关于邻里</translation>
    </message>
    <message>
        <source>Linli %1</source>
        <translation>邻里 %1</translation>
    </message>
    <message>
        <source>The front desk of a community service center: residents, services, follow-up cases, visits and monthly reports.

Database: %1
Qt %2 · SQLite %3</source>
        <translation>社区综合服务中心的窗口工作台：居民登记、服务记录、诉求跟进、走访康复与月度报表。

数据库：%1
Qt %2 · SQLite %3</translation>
    </message>
    <message>
        <source>&amp;Log a service…</source>
        <translation>登记服务(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a service for the chosen resident or a walk-in (%1)</source>
        <translation>为选中的居民或未登记来访者登记服务（%1）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求件</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>诉求件(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>服务目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Holidays and working days…</source>
        <translation>节假日与工作日(&amp;H)…</translation>
    </message>
    <message>
        <source>C&amp;ontact intervals…</source>
        <translation>关爱联系间隔(&amp;O)…</translation>
    </message>
    <message>
        <source>Center &amp;name…</source>
        <translation>中心名称(&amp;N)…</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>The name printed on the monthly report and the day sheets:</source>
        <translation>印在月度报表和走访日程单上的名称：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lock when idle…</source>
        <translation>无操作时锁定(&amp;L)…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>无操作时锁定</translation>
    </message>
    <message>
        <source>Minutes without a key or a click before Linli locks (from the next start):</source>
        <translation>无按键或点击多少分钟后锁定邻里（下次启动起生效）：</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Import not finished</source>
        <translation>上次导入未完成</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>Linli opens %1 from its next start. Start Linli again now?</source>
        <translation>邻里下次启动时将打开 %1。现在重新启动邻里吗？</translation>
    </message>
    <message>
        <source>&amp;Database location…</source>
        <translation>数据库位置(&amp;D)…</translation>
    </message>
    <message>
        <source>Connection to the server lost, reconnecting…</source>
        <translation>与服务器的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>whole district</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Cen&amp;ters and grids…</source>
        <translation>中心与网格(&amp;T)…</translation>
    </message>
    <message>
        <source>Only an administrator of the whole district may change its centers.</source>
        <translation>只有全街道的系统管理员可以修改中心设置。</translation>
    </message>
    <message>
        <source>&amp;Find a resident</source>
        <translation>查找居民(&amp;F)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Leave the desk to the next person: the window closes and asks who signs in</source>
        <translation>把窗口交给下一位：主窗口关闭并询问由谁登录</translation>
    </message>
    <message>
        <source>&amp;Where things are</source>
        <translation>功能在哪里(&amp;W)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>linli::OwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>当前密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters of two kinds, not your login.</source>
        <translation>至少 %1 位，包含两类字符，且不能与登录名相同。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>当前登录：%1。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>linli::PdfFile</name>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>无法写入 PDF 到 %1：%2</translation>
    </message>
</context>
<context>
    <name>linli::QuickLogDialog</name>
    <message>
        <source>Log a service</source>
        <translation>登记服务</translation>
    </message>
    <message>
        <source>Enter saves and starts the next entry · Esc closes</source>
        <translation>回车保存并开始下一条 · Esc 关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Logged in this window</source>
        <translation>本窗口已登记</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Name, pinyin, ID number, phone or address</source>
        <translation>姓名、拼音、身份证号、电话或地址</translation>
    </message>
    <message>
        <source>&amp;Walk-in (not registered)</source>
        <translation>未登记来访者(&amp;W)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Code, name or pinyin initials, e.g. LG01, 法律, flzx</source>
        <translation>编码、名称或拼音首字母，如 LG01、法律、flzx</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ 常用</translation>
    </message>
    <message>
        <source>Keep this type at the top of the handler&apos;s list (Ctrl+D)</source>
        <translation>把该类型固定在经办人列表的最前面（Ctrl+D）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. answered, form handed in, referred to the street office</source>
        <translation>如：已解答、已递交材料、已转街道办</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No resident matches. Register them first, or tick “Walk-in”.</source>
        <translation>没有匹配的居民。请先登记，或勾选“未登记来访者”。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n years</source>
        <translation>
            <numerusform>%1，%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>ID …%1</source>
        <translation>身份证 …%1</translation>
    </message>
    <message>
        <source>No service type matches.</source>
        <translation>没有匹配的服务类型。</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ 常用</translation>
    </message>
    <message>
        <source>Opens a follow-up case.</source>
        <translation>将建立诉求件。</translation>
    </message>
    <message>
        <source>The favourite could not be saved.</source>
        <translation>无法保存常用设置。</translation>
    </message>
    <message>
        <source>Choose a service type: type part of its name or code.</source>
        <translation>请选择服务类型：输入名称或编码的一部分。</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>未登记来访者</translation>
    </message>
    <message>
        <source>Find the resident, or tick “Walk-in” for a visitor who is not registered.</source>
        <translation>请查找居民；未登记的来访者请勾选“未登记来访者”。</translation>
    </message>
    <message>
        <source>%1  %2 · %3 — saving…</source>
        <translation>%1  %2 · %3 — 正在保存…</translation>
    </message>
    <message>
        <source>A single service: no follow-up case.</source>
        <translation>单次服务，不建立诉求件。</translation>
    </message>
    <message>
        <source>Opens a follow-up case; working days to its deadline: %1.</source>
        <translation>将建立诉求件，办理期限 %1 个工作日。</translation>
    </message>
</context>
<context>
    <name>linli::RecordDialog</name>
    <message>
        <source>Service record no. %1</source>
        <translation>服务记录 %1 号</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Take the record out of every list and figure, saying why; it is kept, marked</source>
        <translation>注明原因后将记录移出所有列表和统计；记录会加标记保留</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>匿名来访</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>服务时间：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Open the &amp;case…</source>
        <translation>打开诉求(&amp;C)…</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Logged on %1 by an import or the command line.</source>
        <translation>%1 由导入或命令行登记。</translation>
    </message>
    <message>
        <source>Logged by %1 on %2.</source>
        <translation>%1 登记于 %2。</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3. The record counts nowhere; it is kept as it was.</source>
        <translation>%2 于 %1 作废：%3。该记录不计入任何统计，按原样保留。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Correct what was logged wrongly and save; every correction is kept below and in the audit log.</source>
        <translation>改正登记错误的内容后保存；每次更正都保留在下方和审计日志中。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Voided, because</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Choose the resident from the matches, or tick “Anonymous walk-in”.</source>
        <translation>请从匹配结果中选择居民，或勾选“匿名来访”。</translation>
    </message>
    <message>
        <source>Void service record no. %1</source>
        <translation>作废服务记录 %1 号</translation>
    </message>
    <message>
        <source>Why is this record voided? (e.g. logged twice, wrong person, never happened)
It leaves every list and figure and is kept, marked, with your reason.</source>
        <translation>为什么作废这条记录？（例如重复登记、登记错人、并未发生）
记录将移出所有列表和统计，连同您的原因加标记保留。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>The case left the lists with its record.</source>
        <translation>诉求已随记录移出各列表。</translation>
    </message>
    <message>
        <source>No case is open: the record&apos;s type opens none.</source>
        <translation>没有诉求：该服务项目不产生诉求。</translation>
    </message>
    <message>
        <source>Not corrected since it was logged.</source>
        <translation>登记后未更正过。</translation>
    </message>
</context>
<context>
    <name>linli::ReportsPage</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Services per month by category</source>
        <translation>各类服务月度数量</translation>
    </message>
    <message>
        <source>The month&apos;s ten most given services</source>
        <translation>本月服务量前十的服务事项</translation>
    </message>
    <message>
        <source>Visits planned and done</source>
        <translation>走访计划与完成</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务居民人数</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; services</source>
        <translation>服务 &lt;b&gt;%1&lt;/b&gt; 次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; residents served (%2 aged 60 and over)</source>
        <translation>服务居民 &lt;b&gt;%1&lt;/b&gt; 人（其中60岁及以上 %2 人）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 visits done</source>
        <translation>走访完成 &lt;b&gt;%1&lt;/b&gt; / %2 次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cases received, %2 closed</source>
        <translation>受理诉求 &lt;b&gt;%1&lt;/b&gt; 件，办结 %2 件</translation>
    </message>
    <message>
        <source>closure rate &lt;b&gt;%1&lt;/b&gt;, on time &lt;b&gt;%2&lt;/b&gt;, satisfaction &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>办结率 &lt;b&gt;%1&lt;/b&gt;，按时办结率 &lt;b&gt;%2&lt;/b&gt;，满意率 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cases overdue</source>
        <translation>超期 &lt;b&gt;%1&lt;/b&gt; 件</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>打印报表(&amp;P)…</translation>
    </message>
    <message>
        <source>The month&apos;s report on A4: key figures, categories, charts, overdue cases, signatures</source>
        <translation>本月报表（A4）：主要指标、分类、图表、超期诉求件、签章</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>monthly-report-%1.pdf</source>
        <translation>月度报表-%1.pdf</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Case rates</source>
        <translation>诉求办理三率</translation>
    </message>
    <message>
        <source>How many months the charts show, ending with the month chosen</source>
        <translation>图表显示的月数，截止于所选月份</translation>
    </message>
    <message>
        <source>%1 months up to it</source>
        <translation>截至该月的 %1 个月</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>中心：</translation>
    </message>
    <message>
        <source>1 record of the month was corrected or voided since</source>
        <translation>此后本月有 1 条记录被更正或作废</translation>
    </message>
    <message>
        <source>%1 records of the month were corrected or voided since</source>
        <translation>此后本月有 %1 条记录被更正或作废</translation>
    </message>
    <message>
        <source>Figures changed after the report of %1 was printed on %2: %3. Print it again to hand up the figures as they are now.</source>
        <translation>%1 的报表于 %2 打印后数据有变动：%3。请重新打印，上报最新数据。</translation>
    </message>
</context>
<context>
    <name>linli::ResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters; gender and date of birth follow from it</source>
        <translation>18 位；性别和出生日期将自动填写</translation>
    </message>
    <message>
        <source>I have checked the converted number against the ID card</source>
        <translation>我已对照身份证核对过转换后的号码</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 1950-03-28</source>
        <translation>例如 1950-03-28</translation>
    </message>
    <message>
        <source>Age, home region:</source>
        <translation>年龄、籍贯：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation>联系方式与住址</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>mobile, or landline with area code</source>
        <translation>手机，或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Other phone:</source>
        <translation>备用电话(&amp;O)：</translation>
    </message>
    <message>
        <source>choose, or type a new grid&apos;s name</source>
        <translation>选择网格，或输入新网格名称</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building, unit, room:</source>
        <translation>楼栋、单元、房号：</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>紧急联系人(&amp;E)：</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone:</source>
        <translation>紧急联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关爱信息</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Not a date; write it as 1950-03-28.</source>
        <translation>不是有效日期；请写成 1950-03-28 的格式。</translation>
    </message>
    <message>
        <source>A new grid &quot;%1&quot; will be created.</source>
        <translation>将新建网格“%1”。</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>(from the date of birth and the ID number)</source>
        <translation>（根据出生日期和身份证号得出）</translation>
    </message>
    <message>
        <source>%1, born %2, %3 %4</source>
        <translation>%1，出生于 %2，%3 %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly already registered&lt;/b&gt; (same name and date of birth, or same name and phone):&lt;br&gt;%1&lt;br&gt;If this is someone else, press Save again.</source>
        <translation>&lt;b&gt;可能已经登记过&lt;/b&gt;（姓名和出生日期相同，或姓名和电话相同）：&lt;br&gt;%1&lt;br&gt;如果确实是另一个人，请再次点击“保存”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>Ho&amp;usehold:</source>
        <translation>家庭户(&amp;U)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Start a new household here</source>
        <translation>以此住址新建一户</translation>
    </message>
    <message>
        <source>no head recorded</source>
        <translation>未登记户主</translation>
    </message>
    <message>
        <source>Join the household of %1 (members: %2)</source>
        <translation>加入 %1 家（%2 人）</translation>
    </message>
    <message>
        <source>Visits (the latest %1)</source>
        <translation>走访（最近 %1 次）</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>走访（%1）</translation>
    </message>
    <message>
        <source>as their tags say</source>
        <translation>按标签默认</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>For those living alone, disabled or in key care: how often someone must see or call them. Settings → Contact intervals sets the defaults.</source>
        <translation>适用于独居老人、残疾人和重点关注对象：多久必须有人探访或致电一次。默认值在“设置 → 关爱联系间隔”中设定。</translation>
    </message>
    <message>
        <source>Contact every:</source>
        <translation>联系间隔：</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Schedule a &amp;visit…</source>
        <translation>安排走访(&amp;V)…</translation>
    </message>
    <message>
        <source>Shown masked: it stays as registered unless you type the whole new one over it.</source>
        <translation>已隐去部分号码：除非您在此输入完整的新号码，否则保持登记时的号码。</translation>
    </message>
    <message>
        <source>Show the whole ID number and phones…</source>
        <translation>显示完整身份证号和电话…</translation>
    </message>
    <message>
        <source>Whole ID number</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>Why do you need %1&apos;s whole ID number and phones? The reason is kept in the audit log.</source>
        <translation>为何需要查看%1的完整身份证号和电话？理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Whole ID number and phones shown</source>
        <translation>已显示完整身份证号和电话</translation>
    </message>
    <message>
        <source>Erase %1 for good, at their own request?

Their registration, tags and visits are removed; the services they received stay in the figures without a name. This cannot be undone. Backups made before still hold the data until they expire.</source>
        <translation>应%1本人要求永久删除其信息吗？

其登记信息、标签和走访将被删除；其接受过的服务以匿名方式保留在统计中。此操作无法撤销。此前的备份在过期前仍含有这些数据。</translation>
    </message>
    <message>
        <source>Erase resident</source>
        <translation>删除居民</translation>
    </message>
    <message>
        <source>Erase at their request…</source>
        <translation>应本人要求删除…</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，出生于 %2</translation>
    </message>
    <message>
        <source>a resident you may not see</source>
        <translation>一位您无权查看的居民</translation>
    </message>
    <message>
        <source>This ID number is registered already: %1. %2</source>
        <translation>该身份证号已登记：%1。%2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;show&quot;&gt;Show this resident&lt;/a&gt; (what you typed here stays).</source>
        <translation>&lt;a href=&quot;show&quot;&gt;查看该居民&lt;/a&gt;（此处已填写的内容会保留）。</translation>
    </message>
    <message>
        <source>This resident cannot be read now.</source>
        <translation>暂时无法读取该居民。</translation>
    </message>
    <message>
        <source>relation to the head?</source>
        <translation>与户主关系？</translation>
    </message>
    <message>
        <source>Services, newest first</source>
        <translation>服务记录（最新在前）</translation>
    </message>
    <message>
        <source>Create a new grid “%1”?</source>
        <translation>新建网格“%1”？</translation>
    </message>
    <message>
        <source>Double-click a service to open, correct or void it</source>
        <translation>双击服务记录可查看、更正或作废</translation>
    </message>
</context>
<context>
    <name>linli::ResidentPicker</name>
    <message>
        <source>Resident: name, pinyin, ID or phone</source>
        <translation>居民：姓名、拼音、身份证号或电话</translation>
    </message>
</context>
<context>
    <name>linli::ResidentSearchRunner</name>
    <message>
        <source>The list of residents could not be read.</source>
        <translation>无法读取居民列表。</translation>
    </message>
</context>
<context>
    <name>linli::ResidentTableModel</name>
    <message>
        <source>The list of residents could not be read.</source>
        <translation>无法读取居民列表。</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Bldg %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <source>Rm %1</source>
        <translation>%1室</translation>
    </message>
</context>
<context>
    <name>linli::ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>1 resident</source>
        <translation>1 位居民</translation>
    </message>
    <message>
        <source>%L1 residents</source>
        <translation>%L1 位居民</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到居民</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>找到 1 位</translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation>找到 %L1 位</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>只看：</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80 岁及以上</translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90 岁及以上</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>登记居民(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a resident (%1)</source>
        <translation>登记新居民（%1）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Import residents from a CSV sheet saved from Excel or WPS</source>
        <translation>从 Excel 或 WPS 另存的 CSV 表格导入居民</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>This resident can no longer be read.</source>
        <translation>无法再读取该居民的信息。</translation>
    </message>
    <message>
        <source>Name, pinyin or initials, ID number or its last digits, phone, address (3-2-301)</source>
        <translation>姓名、拼音或首字母、身份证号或尾号、电话、住址（如 3-2-301）</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Merge the two chosen records of one person…</source>
        <translation>合并所选的同一人的两条记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose the two records first (Ctrl+click the second).</source>
        <translation>请先选择两条记录（按住 Ctrl 点击第二条）。</translation>
    </message>
    <message>
        <source>%1, ID %2, registered %3</source>
        <translation>%1，身份证号 %2，登记于 %3</translation>
    </message>
    <message>
        <source>Merge residents</source>
        <translation>合并居民</translation>
    </message>
    <message>
        <source>Are these two records one person?

1. %1
2. %2

The services, visits and tags of the record that goes move to the one that stays, which also takes the ID number, phones and household it lacks. This cannot be undone.</source>
        <translation>这两条记录是同一个人吗？

1. %1
2. %2

被合并记录的服务、走访和标签将转到保留的记录上；保留的记录缺少的身份证号、电话和家庭户也将从被合并记录中补齐。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep record &amp;1</source>
        <translation>保留记录 &amp;1</translation>
    </message>
    <message>
        <source>Keep record &amp;2</source>
        <translation>保留记录 &amp;2</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <source>Imported %L1 residents.</source>
        <translation>已导入 %L1 位居民。</translation>
    </message>
</context>
<context>
    <name>linli::ScheduleVisitDialog</name>
    <message>
        <source>Schedule a visit · %1</source>
        <translation>安排走访 · %1</translation>
    </message>
    <message>
        <source>(not assigned yet)</source>
        <translation>（暂不指定）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The resident&apos;s home unless written here</source>
        <translation>不填则为居民家中</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>每周的这一天</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>每隔几天</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>每月的这一天</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>First visit:</source>
        <translation>首次走访：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <source>At these times someone is already booked:
%1

To plan the visit anyway, say why:</source>
        <translation>以下时间已有安排：
%1

如仍要安排，请说明原因：</translation>
    </message>
    <message>
        <source>weeks: </source>
        <translation>周数：</translation>
    </message>
    <message>
        <source>months: </source>
        <translation>月数：</translation>
    </message>
    <message>
        <source>days: </source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>the same resident</source>
        <translation>同一居民</translation>
    </message>
    <message>
        <source>the same staff member</source>
        <translation>同一工作人员</translation>
    </message>
    <message>
        <source>Only this visit</source>
        <translation>仅本次走访</translation>
    </message>
    <message>
        <source>This and the following visits of the series</source>
        <translation>本次及该系列之后的走访</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>修改范围：</translation>
    </message>
    <message>
        <source>(no longer active)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <source>Change the visit · %1</source>
        <translation>修改走访 · %1</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>走访时间：</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Some days planned are not ordinary working days:</source>
        <translation>所安排的日期中有非正常工作日：</translation>
    </message>
    <message>
        <source>&amp;Plan anyway</source>
        <translation>仍然安排(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <source>%1 %2 (holiday)</source>
        <translation>%1 %2（节假日）</translation>
    </message>
    <message>
        <source>The holidays of %1 are not entered yet (Settings → Holidays and working days…).</source>
        <translation>%1 年的节假日尚未录入（设置 → 节假日与工作日…）。</translation>
    </message>
</context>
<context>
    <name>linli::ServiceRecordTableModel</name>
    <message>
        <source>The service records could not be read.</source>
        <translation>无法读取服务记录。</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>（未登记来访者）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Min.</source>
        <comment>minutes, in a narrow column header</comment>
        <translation>时长</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>已超期：办理期限 %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>linli::ServiceTypeDialog</name>
    <message>
        <source>e.g. LG09</source>
        <translation>如 LG09</translation>
    </message>
    <message>
        <source>Opens a follow-up case (complaint, mediation, application…)</source>
        <translation>建立诉求件（投诉、调解、申请……）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>普通服务</translation>
    </message>
    <message>
        <source>An elderly visit</source>
        <translation>养老走访</translation>
    </message>
    <message>
        <source>A rehabilitation session</source>
        <translation>康复服务</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>计为：</translation>
    </message>
</context>
<context>
    <name>linli::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未办结诉求</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期诉求</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a sheet of services delivered, saved from Excel or WPS</source>
        <translation>导入从 Excel 或 WPS 保存的服务记录表</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>导入服务记录</translation>
    </message>
    <message>
        <source>Imported %L1 service records.</source>
        <translation>已导入 %L1 条服务记录。</translation>
    </message>
    <message>
        <source>&amp;Open, correct or void…</source>
        <translation>查看、更正或作废(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>linli::SheetImportDialog</name>
    <message>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation>只导入有效的行，略过无效的行</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or WPS (UTF-8 or GBK)</source>
        <translation>从 Excel 或 WPS 另存的 CSV 文件（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save &amp;error report…</source>
        <translation>保存错误报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%L1 rows · encoding: %2 · the first row names the columns; choose what each holds.</source>
        <translation>共 %L1 行 · 编码：%2 · 第一行为列名；请为每一列选择对应的内容。</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>All %L1 rows can be imported.</source>
        <translation>全部 %L1 行均可导入。</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows cannot be imported as they are (%L3 problems, listed below). Correct them in the sheet and choose the file again, or import only the valid rows.</source>
        <translation>%L2 行中有 %L1 行无法按原样导入（共 %L3 个问题，见下表）。请在表格中改正后重新选择文件，或只导入有效的行。</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>检查完毕。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-问题.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>linli::SheetImportJob</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>linli::SignInDialog</name>
    <message>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>Linli · %1</source>
        <translation>邻里 · %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Sign in to Linli</source>
        <translation>登录邻里</translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The administrator&apos;s account</source>
        <translation>系统管理员账号</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Make the administrator&apos;s account: the administrator adds the clerks&apos; and managers&apos; accounts, and looks after backups and settings. The password needs at least %1 characters of two kinds (letters, digits, signs).</source>
        <translation>此数据库还没有账号。请先创建系统管理员账号：系统管理员负责添加窗口办事员和中心主任的账号，并负责备份和设置。密码至少 %1 个字符，且包含字母、数字、符号中的两类。</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>设置您的密码</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose one only you know: at least %1 characters of two kinds (letters, digits, signs).</source>
        <translation>您的密码由管理员设置。请设置一个只有您知道的密码：至少 %1 个字符，且包含字母、数字、符号中的两类。</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Save and go on</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Linli is locked</source>
        <translation>邻里已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a while without use; what was open is kept. Type your password to go on.</source>
        <translation>窗口因一段时间无操作已锁定，打开的内容都保留着。请输入您的密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>linli::VisitAgenda</name>
    <message>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Earlier (Alt+Left)</source>
        <translation>往前（Alt+左方向键）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Later (Alt+Right)</source>
        <translation>往后（Alt+右方向键）</translation>
    </message>
    <message>
        <source>D&amp;one…</source>
        <translation>已完成(&amp;O)…</translation>
    </message>
    <message>
        <source>The visit took place: its service is logged with it</source>
        <translation>走访已进行：同时登记对应的服务记录</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>Another day, time, staff member or place; for a series, also the following visits</source>
        <translation>改到其他日期、时间、工作人员或地点；系列走访也可一并修改之后的各次</translation>
    </message>
    <message>
        <source>Day &amp;sheet…</source>
        <translation>日程单(&amp;S)…</translation>
    </message>
    <message>
        <source>The day&apos;s visits of the staff member chosen, to print or save as PDF</source>
        <translation>所选工作人员当天的走访，可打印或保存为 PDF</translation>
    </message>
    <message>
        <source>Drag a visit to another day, or move it with Ctrl and the arrow keys.</source>
        <translation>把走访拖到另一天，或用 Ctrl 加方向键移动。</translation>
    </message>
    <message>
        <source>Enter or double-click a day to see its agenda</source>
        <translation>按回车或双击某天查看当天日程</translation>
    </message>
    <message>
        <source>%1 · visits: %2</source>
        <translation>%1 · 走访 %2 次</translation>
    </message>
    <message>
        <source>%1 – %2 · visits: %3</source>
        <translation>%1 – %2 · 走访 %3 次</translation>
    </message>
    <message>
        <source>%1 · visits: %2, done %3, missed %4, planned %5</source>
        <translation>%1 · 走访 %2 次：已完成 %3，未遇 %4，待进行 %5</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1, %2 %3

%4</source>
        <translation>%1，%2 %3

%4</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>走访完成</translation>
    </message>
    <message>
        <source>How did it go? (optional)</source>
        <translation>情况如何？（可不填）</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消走访</translation>
    </message>
    <message>
        <source>Why is the visit cancelled?</source>
        <translation>为什么取消这次走访？</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>取消走访(&amp;C)…</translation>
    </message>
    <message>
        <source>%1&apos;s visit is planned for %2, later than now. Mark it done now anyway?</source>
        <translation>%1 的走访安排在 %2，比现在晚。仍要现在标记为已完成吗？</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未遇</translation>
    </message>
    <message>
        <source>Nobody was there. What is the next step? (call back, ask the neighbours, visit again)</source>
        <translation>未遇到本人。下一步怎么安排？（回电、询问邻居、再次走访）</translation>
    </message>
    <message>
        <source>M&amp;issed…</source>
        <translation>未遇(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>linli::VisitAgendaModel</name>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome or reason</source>
        <translation>结果或原因</translation>
    </message>
    <message>
        <source>The visits could not be read: %1</source>
        <translation>无法读取走访：%1</translation>
    </message>
</context>
<context>
    <name>linli::VisitMonthModel</name>
    <message>
        <source>Visits: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>没有走访</translation>
    </message>
    <message>
        <source>%1
Visits: %2 (planned %3, done %4, missed %5, cancelled %6)</source>
        <translation>%1
走访 %2 次（待进行 %3，已完成 %4，未遇 %5，已取消 %6）</translation>
    </message>
    <message>
        <source>The visits could not be counted: %1</source>
        <translation>无法统计走访：%1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>missed %1</source>
        <translation>未遇 %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>待走访 %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>取消 %1</translation>
    </message>
</context>
<context>
    <name>linli::VisitWeekModel</name>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
    <message>
        <source>%1 %2
Visits: %3</source>
        <translation>%1 %2
走访：%3</translation>
    </message>
    <message>
        <source>The visits could not be read: %1</source>
        <translation>无法读取走访：%1</translation>
    </message>
</context>
<context>
    <name>linli::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Log a &amp;phone check</source>
        <translation>登记电话问候(&amp;P)</translation>
    </message>
    <message>
        <source>Log a &amp;visit…</source>
        <translation>登记走访(&amp;V)…</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>All grids (%1)</source>
        <translation>全部网格（%1）</translation>
    </message>
    <message>
        <source>Everyone in care has been contacted in time.</source>
        <translation>所有关爱对象均已按时联系。</translation>
    </message>
    <message>
        <source>Due for contact: %1</source>
        <translation>待联系：%1 人</translation>
    </message>
    <message>
        <source>The phone check (%1) is not offered in the catalogue.</source>
        <translation>服务目录中没有电话问候（%1）。</translation>
    </message>
    <message>
        <source>Not contacted in time: living alone every %1 days, disabled every %2, key care every %3 (or as set for the resident)</source>
        <translation>未按时联系：独居老人每 %1 天、残疾人每 %2 天、重点关注对象每 %3 天（或按居民单独设定）</translation>
    </message>
    <message>
        <source>&amp;Schedule a visit…</source>
        <translation>安排走访(&amp;S)…</translation>
    </message>
    <message>
        <source>Not contacted in time</source>
        <translation>未按时联系</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Not contacted in time (%1)</source>
        <translation>未按时联系（%1）</translation>
    </message>
    <message>
        <source>The resident was called (or their door knocked) just now: reached and well, or not reached with the next step</source>
        <translation>刚刚给居民打了电话（或敲了门）：联系上且平安，或未联系上并写明下一步</translation>
    </message>
    <message>
        <source>The phone check just logged was a slip: it is voided, and the resident is due again</source>
        <translation>刚登记的电话问候是误登：将其作废，居民重新列为待联系</translation>
    </message>
    <message>
        <source>Phone check</source>
        <translation>电话问候</translation>
    </message>
    <message>
        <source>Did you reach %1?</source>
        <translation>联系上%1了吗？</translation>
    </message>
    <message>
        <source>&amp;Reached, all is well</source>
        <translation>联系上了，平安(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not reached…</source>
        <translation>未联系上(&amp;N)…</translation>
    </message>
    <message>
        <source>Call again later today</source>
        <translation>今天稍后再打</translation>
    </message>
    <message>
        <source>Call the emergency contact</source>
        <translation>联系紧急联系人</translation>
    </message>
    <message>
        <source>Ask the grid worker or the neighbours</source>
        <translation>请网格员或邻居帮忙查看</translation>
    </message>
    <message>
        <source>Visit at home</source>
        <translation>上门探访</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Nobody answered %1. What is the next step?</source>
        <translation>%1无人应答。下一步怎么办？</translation>
    </message>
    <message>
        <source>&amp;Undo the phone check with %1</source>
        <translation>撤销%1的电话问候(&amp;U)</translation>
    </message>
    <message>
        <source>Logged by mistake; undone at the list of those not contacted in time</source>
        <translation>误登，已在“未按时联系”列表中撤销</translation>
    </message>
</context>
</TS>
