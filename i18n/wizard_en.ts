<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>程序自带</source>
        <translation>the program&apos;s own</translation>
    </message>
    <message>
        <source>自助机模式：不保存任何信息</source>
        <translation>Kiosk mode: nothing is saved</translation>
    </message>
    <message>
        <source>自助机模式：不写日志文件</source>
        <translation>Kiosk mode: no log file is written</translation>
    </message>
    <message>
        <source>没有（数据文件夹无法写入）</source>
        <translation>none (the data folder cannot be written)</translation>
    </message>
    <message>
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>内容版本</source>
        <translation>Content edition</translation>
    </message>
    <message>
        <source>%1（%2 对照官方指引核对）</source>
        <translation>%1 (checked against the official guide on %2)</translation>
    </message>
    <message>
        <source>内容文件夹</source>
        <translation>Content folder</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>遇到问题</source>
        <translation>If you have a problem</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>帮助和程序信息</source>
        <translation>Help and program information</translation>
    </message>
    <message>
        <source>每一步的下方都有“遇到问题？”，写着常见问题的解决办法；在那一页按 F1 键就能打开它。</source>
        <translation>Below every step, “Having a problem?” gives solutions to common problems; press F1 on that page to open it.</translation>
    </message>
    <message>
        <source>给技术支持的信息：</source>
        <translation>For technical support:</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>复制这些信息</source>
        <translation>Copy this information</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>本程序使用的开源软件和许可证</source>
        <translation>Open-source software in this program and its licences</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>共 %1 项。选一项，旁边显示它的许可证全文。</source>
        <translation>%1 items. Choose one to see its full licence text beside the list.</translation>
    </message>
    <message>
        <source>开源软件</source>
        <translation>Open-source software</translation>
    </message>
    <message>
        <source>许可证全文</source>
        <translation>Full licence text</translation>
    </message>
</context>
<context>
    <name>AddressLink</name>
    <message>
        <source>%1 · 按回车键在浏览器打开</source>
        <translation>%1 · press Enter to open it in the browser</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>……另有 %1 个问题</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <source>向导的内容文件有问题，程序无法启动。请联系提供本程序的工作人员。</source>
        <translation>The wizard&apos;s content files have problems, so it cannot start. Please contact whoever gave you this program.</translation>
    </message>
    <message>
        <source>内容文件夹：%1</source>
        <translation>Content folder: %1</translation>
    </message>
    <message>
        <source>程序已经打开</source>
        <translation>The program is already open</translation>
    </message>
    <message>
        <source>内容文件有误</source>
        <translation>Content files are broken</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>稳岗返还确认向导：一步一步帮单位登录广东人社网上服务平台，完成失业保险稳岗返还信息确认。</source>
        <translation>Job-stabilisation refund wizard: helps an employer log in to the Guangdong HRSS online service platform, step by step, and confirm its unemployment-insurance job-stabilisation refund details.</translation>
    </message>
    <message>
        <source>显示这段说明，然后退出</source>
        <translation>Show this help and exit</translation>
    </message>
    <message>
        <source>显示程序和内容的版本、数据文件夹和日志文件，然后退出</source>
        <translation>show the program and content versions, the data folder and the log file, then exit</translation>
    </message>
    <message>
        <source>进度保存的文件夹（默认：用户数据文件夹）</source>
        <translation>Folder where progress is saved (default: the user data folder)</translation>
    </message>
    <message>
        <source>使用另一个内容文件夹（放着 catalogue.json 和各语言文件夹；默认：程序自带）</source>
        <translation>Use another content folder (holding catalogue.json and one folder per language; default: the one built into the program)</translation>
    </message>
    <message>
        <source>界面语言：%1（默认按系统语言）</source>
        <translation>Interface language: %1 (default: the system language)</translation>
    </message>
    <message>
        <source>真实截图文件夹（按步骤命名，如 S3.png）；有图时代替示意图</source>
        <translation>Folder of real screenshots (named after the steps, e.g. S3.png); where there is one, it replaces the drawing</translation>
    </message>
    <message>
        <source>自助机模式：全屏，不保存访客的任何信息，闲置后自动清除（admin.json 里的 &quot;kiosk&quot;: true 也会打开）</source>
        <translation>Kiosk mode: full screen, keeps nothing about visitors, clears itself when idle (&quot;kiosk&quot;: true in admin.json also turns it on)</translation>
    </message>
    <message>
        <source>从标准输入读工作人员 PIN（不回显），打印 admin.json 里 pin_hash 的值</source>
        <translation>Read the staff PIN from standard input (not echoed) and print the pin_hash value for admin.json</translation>
    </message>
    <message>
        <source>检查一个内容文件夹的所有语言，列出全部问题；没有问题时退出码为 0</source>
        <translation>Check every language in a content folder and list all problems; the exit code is 0 when there are none</translation>
    </message>
    <message>
        <source>不开窗口，把一家单位的总结导出为 PDF（配合 --out，可选 --profile）</source>
        <translation>Export one employer&apos;s summary as a PDF without opening a window (with --out; --profile optional)</translation>
    </message>
    <message>
        <source>单位名称（与 --export-summary 一起用）</source>
        <translation>Employer name (use with --export-summary)</translation>
    </message>
    <message>
        <source>导出的 PDF 文件（与 --export-summary 一起用）</source>
        <translation>The PDF file to export to (use with --export-summary)</translation>
    </message>
    <message>
        <source>自检：在临时文件夹里离屏走完每条路线，每项检查打印一行</source>
        <translation>Self-test: go through every route off-screen in a temporary folder, printing one line per check</translation>
    </message>
    <message>
        <source>请用 --out 指定要保存的 PDF 文件，例如 --out 总结.pdf</source>
        <translation>Use --out to name the PDF file to save, e.g. --out summary.pdf</translation>
    </message>
    <message>
        <source>工作人员 PIN（输入时不显示）：</source>
        <translation>Staff PIN (not shown as you type): </translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Enter it again: </translation>
    </message>
    <message>
        <source>两次输入的 PIN 不一样，没有生成。</source>
        <translation>The two PINs do not match; nothing was generated.</translation>
    </message>
    <message>
        <source>PIN 至少要 4 位。</source>
        <translation>The PIN must be at least 4 characters long.</translation>
    </message>
    <message>
        <source>把上面这一行作为 &quot;pin_hash&quot; 的值写进 admin.json。</source>
        <translation>Put the line above into admin.json as the value of &quot;pin_hash&quot;.</translation>
    </message>
    <message>
        <source>无法使用 %1：%2。</source>
        <translation>Cannot use %1: %2.</translation>
    </message>
    <message>
        <source>%1 是一个链接（快捷方式），总结不会写到它指向的地方；请换一个文件名。</source>
        <translation>%1 is a link (shortcut); the summary is not written where it points. Please choose another file name.</translation>
    </message>
    <message>
        <source>%1 是一个文件夹；请在 --out 后面写上 PDF 文件的名字，例如 %2。</source>
        <translation>%1 is a folder; after --out give the name of the PDF file, for example %2.</translation>
    </message>
    <message>
        <source>%1 不是普通文件（是设备或管道），不会写入；请换一个文件名。</source>
        <translation>%1 is not an ordinary file (it is a device or a pipe); nothing is written. Please choose another file name.</translation>
    </message>
    <message>
        <source>%1 在本程序的数据文件夹 %2 里，总结不能放在那里（会弄坏保存的进度）；请换一个文件夹。</source>
        <translation>%1 is inside this program&apos;s data folder %2; the summary cannot go there (it would damage the saved progress). Please choose another folder.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>找不到名为“%1”的单位。现有的单位：%2</source>
        <translation>There is no employer called &quot;%1&quot;. Employers in this folder: %2</translation>
    </message>
    <message>
        <source>这个数据文件夹里还没有任何进度，没有可以导出的总结。</source>
        <translation>This data folder has no progress in it yet, so there is no summary to export.</translation>
    </message>
    <message>
        <source>“%1”的进度来自更新版本的程序，本程序读不懂，不能导出它的总结；请用更新版本的程序导出。</source>
        <translation>The progress of &quot;%1&quot; comes from a newer version of this program, which this one cannot read, so its summary cannot be exported; please export it with the newer version.</translation>
    </message>
    <message>
        <source>无法写入 %1：%2。请检查文件夹是否存在、是否可写。</source>
        <translation>Cannot write %1: %2. Check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <source>已导出“%1”的总结：%2（%3 页）</source>
        <translation>Exported the summary for &quot;%1&quot;: %2 (%3 pages)</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>还在使用吗？</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>没有人操作时，您在这里填写和选择的内容会被清除，回到开始页。还要用，请点“继续使用”。</source>
        <translation>With nobody using it, everything you entered and chose here will be cleared and the start page will return. To carry on, press &quot;Keep using&quot;.</translation>
    </message>
    <message>
        <source>继续使用</source>
        <translation>Keep using</translation>
    </message>
    <message>
        <source>结束并清除</source>
        <translation>End and clear</translation>
    </message>
    <message>
        <source>结束并清除我的信息</source>
        <translation>End and clear my information</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>还剩 %1 秒</source>
        <translation>%1 seconds left</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>登录路线</source>
        <translation>Login route</translation>
    </message>
    <message>
        <source>当前步骤</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已等天数</source>
        <translation>Days waited</translation>
    </message>
    <message>
        <source>最近更新</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>经办人手机</source>
        <translation>Operator&apos;s mobile</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>昨天 %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>还没开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>Employer details</translation>
    </message>
    <message>
        <source>做：%1</source>
        <translation>Do: %1</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>回答几个问题</source>
        <translation>Answer a few questions</translation>
    </message>
    <message>
        <source>等审核短信</source>
        <translation>Wait for the SMS</translation>
    </message>
    <message>
        <source>不用再办</source>
        <translation>Nothing more to do</translation>
    </message>
    <message>
        <source>请更新本程序</source>
        <translation>Update this program</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>%1 · 工作台</source>
        <translation>%1 · Desk</translation>
    </message>
    <message>
        <source>工作台：全部单位</source>
        <translation>Desk: all employers</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）：单位名称、信用代码或备注</source>
        <translation>Search (Ctrl+F): employer name, credit code or note</translation>
    </message>
    <message>
        <source>搜索单位</source>
        <translation>Search employers</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All employers</translation>
    </message>
    <message>
        <source>还没开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>等待短信</source>
        <translation>waiting for SMS</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>done</translation>
    </message>
    <message>
        <source>按进度筛选</source>
        <translation>Filter by progress</translation>
    </message>
    <message>
        <source>等短信超过</source>
        <translation>Waiting more than</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>只看等短信超过几天的单位</source>
        <translation>Only employers waiting for the SMS more than this many days</translation>
    </message>
    <message>
        <source>没有符合条件的单位。请换个关键字，或把筛选改回“全部单位”。</source>
        <translation>No employer matches. Try other words, or set the filter back to “All employers”.</translation>
    </message>
    <message>
        <source>双击一行，或选中后按 Enter，就接着办理那家单位；办完点“保存并退出”回到这里。按住 Ctrl 或 Shift 可以选中多家。</source>
        <translation>Double-click a row, or select it and press Enter, to carry on with that employer; when done, “Save and exit” brings you back here. Hold Ctrl or Shift to select several.</translation>
    </message>
    <message>
        <source>继续办理选中的单位</source>
        <translation>Continue selected</translation>
    </message>
    <message>
        <source>＋ 新建单位</source>
        <translation>+ New employer</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 .csv 名单导入单位；导入前先预览</source>
        <translation>Import employers from an Excel (.xlsx) or .csv list; you see a preview first</translation>
    </message>
    <message>
        <source>导出表格…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>选中的存为 PDF…</source>
        <translation>PDF of selected…</translation>
    </message>
    <message>
        <source>把选中单位的总结存成一个 PDF，每家单位从新的一页开始</source>
        <translation>Save the summaries of the selected employers as one PDF, each employer starting on a new page</translation>
    </message>
    <message>
        <source>截止时间：%1。</source>
        <translation>Deadline: %1.</translation>
    </message>
    <message>
        <source>今年的%1已经过了。</source>
        <translation> This year’s %1 has passed.</translation>
    </message>
    <message>
        <source>按%1算，还剩 %2 天。</source>
        <translation> Counting to %1: %2 days left.</translation>
    </message>
    <message>
        <source>等待短信 %1 家</source>
        <translation>%1 waiting for the SMS</translation>
    </message>
    <message>
        <source>（最久已等 %1 天）</source>
        <translation> (longest %1 days)</translation>
    </message>
    <message>
        <source>共 %1 家单位：已完成 %2 家 · %3 · 办理中 %4 家 · 还没开始 %5 家</source>
        <translation>%1 employers: %2 done · %3 · %4 in progress · %5 not started</translation>
    </message>
    <message>
        <source>按筛选显示 %1 家（共 %2 家）。</source>
        <translation>Filtered: %1 of %2 employers shown. </translation>
    </message>
    <message>
        <source>选中的 %1 家存为 PDF…</source>
        <translation>PDF of the %1 selected…</translation>
    </message>
    <message>
        <source>请先在表格里点一下要办理的单位。</source>
        <translation>First click the employer to help in the table.</translation>
    </message>
    <message>
        <source>“%1”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。</source>
        <translation>The file of “%1” comes from a newer version of the program, which this one will not change: please update this program.</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>New employer</translation>
    </message>
    <message>
        <source>创建并开始</source>
        <translation>Create and start</translation>
    </message>
    <message>
        <source>导入单位名单</source>
        <translation>Import a list of employers</translation>
    </message>
    <message>
        <source>单位名单 (*.xlsx *.csv)</source>
        <translation>Lists of employers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>已导入：新建 %1 家单位，补充了 %2 家单位的信息。</source>
        <translation>Imported: %1 new employers, details added to %2 employers.</translation>
    </message>
    <message>
        <source>另有 %1 家没能保存：数据文件夹现在无法写入，或文件来自更新版本的程序。</source>
        <translation> %1 more could not be saved: the data folder cannot be written now, or the file comes from a newer program.</translation>
    </message>
    <message>
        <source>单位名单</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出表格</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>导出日期</source>
        <translation>Exported on</translation>
    </message>
    <message>
        <source>已导出 %1 家单位到：%2。文件里有单位的信息，请妥善保管，用完删除。</source>
        <translation>Exported %1 employers to: %2. The file holds the employers&apos; details: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <source>请先在表格里选中要存的单位（按住 Ctrl 或 Shift 可以选中多家）。</source>
        <translation>First select the employers to save in the table (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <source>稳岗返还确认-%1家单位</source>
        <translation>Job-stabilisation-refund-%1-employers</translation>
    </message>
    <message>
        <source>选中的存为 PDF</source>
        <translation>Selected as PDF</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>稳岗返还确认：%1 家单位的进度和下一步</source>
        <translation>Job-stabilisation refund: progress and next steps of %1 employers</translation>
    </message>
    <message>
        <source>已取消，没有保存 PDF。</source>
        <translation>Cancelled: no PDF was saved.</translation>
    </message>
    <message>
        <source>没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。</source>
        <translation>Could not save: %1. Try another folder (for example Documents or the desktop).</translation>
    </message>
    <message>
        <source>已把 %1 家单位的总结存成一个 PDF（%2 页）：%3</source>
        <translation>Saved the summaries of %1 employers as one PDF (%2 pages): %3</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>读不出这个文件：请确认它还在，而且没有被别的程序占用。</source>
        <translation>This file cannot be read: check that it is still there and no other program has it open.</translation>
    </message>
    <message>
        <source>这个文件太大（超过 {max_mb} MB），不像是一份单位名单。</source>
        <translation>This file is too big (over {max_mb} MB) to be a list of employers.</translation>
    </message>
    <message>
        <source>这个文件是空的，里面没有单位名单。</source>
        <translation>This file is empty: there is no list of employers in it.</translation>
    </message>
    <message>
        <source>这个表格设了密码：请在 Excel 里去掉密码另存一份，再导入那一份。</source>
        <translation>This workbook has a password: save a copy without it in Excel and import that copy.</translation>
    </message>
    <message>
        <source>这是旧版 Excel 的 .xls 文件：请在 Excel 里“另存为” .xlsx 或 .csv 再导入。</source>
        <translation>This is an old Excel .xls file: use “Save as” in Excel to make it .xlsx or .csv, then import that.</translation>
    </message>
    <message>
        <source>只能导入 Excel 的 .xlsx 文件或 .csv 文件，这个文件不是。</source>
        <translation>Only Excel .xlsx files or .csv files can be imported, and this file is neither.</translation>
    </message>
    <message>
        <source>这个表格文件已损坏，打不开：请在 Excel 里打开它，另存为 .xlsx 再试。</source>
        <translation>This workbook is damaged and cannot be opened: open it in Excel, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>读不懂这个 CSV 文件的文字编码：请在 Excel 里另存为“CSV UTF-8”再导入。</source>
        <translation>The text encoding of this CSV file is unknown: save it in Excel as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>前 {rows_searched} 行里没有找到“单位名称”这一列：请在名单的第一行写上“单位名称”“统一社会信用代码”等列名。</source>
        <translation>No “Employer name” (单位名称) column in the first {rows_searched} rows: put column names such as 单位名称 and 统一社会信用代码 in the list&apos;s first row.</translation>
    </message>
    <message>
        <source>表格里有列名，但下面没有一家单位。</source>
        <translation>The table has column names but no employer under them.</translation>
    </message>
    <message>
        <source>一次最多导入 {limit} 家单位，请把名单分成几个文件。</source>
        <translation>At most {limit} employers can be imported at once: split the list into several files.</translation>
    </message>
    <message>
        <source>不能存到这里：这个名字已经是一个文件夹或快捷方式，请换一个文件名。</source>
        <translation>It cannot be saved there: that name is already a folder or a shortcut, so choose another file name.</translation>
    </message>
    <message>
        <source>没能保存（{reason}）：请换一个文件夹，例如“文档”或 U 盘，再试一次。</source>
        <translation>It could not be saved ({reason}): choose another folder, such as Documents or a USB stick, and try again.</translation>
    </message>
    <message>
        <source>没有单位名称：这一行不导入。</source>
        <translation>No employer name: this row is not imported.</translation>
    </message>
    <message>
        <source>单位名称太长：只保留前 {limit} 个字。</source>
        <translation>Employer name too long: only the first {limit} characters are kept.</translation>
    </message>
    <message>
        <source>联系人太长：只保留前 {limit} 个字。</source>
        <translation>Contact too long: only the first {limit} characters are kept.</translation>
    </message>
    <message>
        <source>备注太长：只保留前 {limit} 个字。</source>
        <translation>Note too long: only the first {limit} characters are kept.</translation>
    </message>
    <message>
        <source>统一社会信用代码：{messages}</source>
        <translation>Unified social credit code: {messages}</translation>
    </message>
    <message>
        <source>信用代码一栏像是身份证号码：没有导入（本程序不保存身份证号码）。</source>
        <translation>The credit code column looks like an ID-card number: not imported (this program never keeps ID-card numbers).</translation>
    </message>
    <message>
        <source>统一社会信用代码太长：没有导入，请核对。</source>
        <translation>Unified social credit code too long: not imported, please check it.</translation>
    </message>
    <message>
        <source>统一社会信用代码在表格里存成了数字，可能少了位数：请核对。</source>
        <translation>The unified social credit code was stored as a number in the workbook and may have lost digits: please check it.</translation>
    </message>
    <message>
        <source>手机号码：{messages}</source>
        <translation>Mobile number: {messages}</translation>
    </message>
    <message>
        <source>手机号码太长：没有导入。</source>
        <translation>Mobile number too long: not imported.</translation>
    </message>
    <message>
        <source>信用代码和已有的“{existing_name}”相同，名称不同：合并到它，名称不改。</source>
        <translation>Same credit code as “{existing_name}” but another name: added to it, its name unchanged.</translation>
    </message>
    <message>
        <source>信用代码和第 {line} 行相同，名称不同：并到第 {line} 行那家。</source>
        <translation>Same credit code as row {line} but another name: joined to the employer of row {line}.</translation>
    </message>
    <message>
        <source>和已有的“{existing_name}”同名，但信用代码不同：这一行不导入，请核对代码。</source>
        <translation>Same name as “{existing_name}” but another credit code: this row is not imported, please check the code.</translation>
    </message>
    <message>
        <source>和第 {line} 行同名，但信用代码不同：这一行不导入，请核对代码。</source>
        <translation>Same name as row {line} but another credit code: this row is not imported, please check the code.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>单位信息 · 可以不填</source>
        <translation>Employer details · optional</translation>
    </message>
    <message>
        <source>记下单位信息（可以跳过）</source>
        <translation>Note the employer details (you can skip this)</translation>
    </message>
    <message>
        <source>这些信息只用在两个地方：最后的总结页；申请单位授权码时，帮您查到本单位。</source>
        <translation>These details are used in two places only: the summary at the end, and finding the employer when you apply for the authorisation code.</translation>
    </message>
    <message>
        <source>填好或改好后，点右下角的“保存并返回”。</source>
        <translation>When done, press &quot;Save and go back&quot; at the bottom right.</translation>
    </message>
    <message>
        <source>都可以不填：不想填，就点右下角的“跳过这一页”。</source>
        <translation>All are optional: to leave them, press &quot;Skip this page&quot; at the bottom right.</translation>
    </message>
    <message>
        <source>在自助机上，这些信息只在这次使用中保留，结束时全部清除。这里不要填密码、验证码或身份证号码。</source>
        <translation>On this self-service machine the details are kept only during this visit and all cleared at the end. Never enter passwords, verification codes or ID card numbers here.</translation>
    </message>
    <message>
        <source>只保存在这台电脑上。这里不要填密码、验证码或身份证号码。</source>
        <translation>Kept only on this computer. Never enter passwords, verification codes or ID-card numbers here.</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>和营业执照上的名称一样</source>
        <translation>Exactly as on the business licence</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 位代码，由数字和大写字母组成，一般印在营业执照上</source>
        <translation>18 characters, digits and capital letters; usually printed on the business licence</translation>
    </message>
    <message>
        <source>营业执照是旧版、没有 18 位代码？</source>
        <translation>An old business licence without the 18-character code?</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>旧证上的 9 位代码，印作“12345678-9”的样子；短横可以不输</source>
        <translation>The 9-character code on old licences, printed like &quot;12345678-9&quot;; the dash can be left out</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>Employer management code</translation>
    </message>
    <message>
        <source>社保经办机构给单位的编码。不知道就不填</source>
        <translation>The code the social-insurance office gave the employer. Leave it empty if unknown</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>Operator&apos;s name</translation>
    </message>
    <message>
        <source>实际在网上办事的人</source>
        <translation>The person who actually does it online</translation>
    </message>
    <message>
        <source>经办人手机</source>
        <translation>Operator&apos;s mobile</translation>
    </message>
    <message>
        <source>11 位手机号码。按官方指引，授权码审核办结后会短信通知经办人</source>
        <translation>11-digit mobile number. By the official guide, the operator is told by SMS when the review of the authorisation code is finished</translation>
    </message>
    <message>
        <source>保存并返回(&amp;N)</source>
        <translation>Save and go back (&amp;N)</translation>
    </message>
    <message>
        <source>跳过这一页(&amp;N)</source>
        <translation>Skip this page (&amp;N)</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>您填的：%1</source>
        <translation>You entered: %1</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>出了一个意外的问题</source>
        <translation>Something unexpected happened</translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，没能启动。已经保存的进度不受影响。</source>
        <translation>The program ran into an unexpected problem and could not start. Progress already saved is not affected.</translation>
    </message>
    <message>
        <source>请再打开一次；如果还是不行，请联系技术支持。</source>
        <translation>Please open it again; if that does not work either, contact support.</translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，刚才的操作可能没有完成。</source>
        <translation>The program ran into an unexpected problem. What you just did may not have been completed.</translation>
    </message>
    <message>
        <source>可以继续使用。如果问题再次出现，请告诉工作人员。</source>
        <translation>You can carry on. If it happens again, please tell a member of staff.</translation>
    </message>
    <message>
        <source>您的进度已经保存，可以继续使用。</source>
        <translation>Your progress is saved, and you can carry on.</translation>
    </message>
    <message>
        <source>最近的修改可能没有保存，请检查后再继续。</source>
        <translation>Your latest changes may not have been saved. Please check them before you carry on.</translation>
    </message>
    <message>
        <source>如果问题再次出现，请关闭程序后重新打开。</source>
        <translation>If it happens again, close the program and open it again.</translation>
    </message>
    <message>
        <source>问题已经记录在这个文件里：%1
联系技术支持时，请把它发给他们（里面没有单位名称、代码、手机号码或密码）。</source>
        <translation>The problem is recorded in this file: %1
When you contact support, please send them this file (it holds no employer name, code, mobile number or password).</translation>
    </message>
    <message>
        <source>稳岗返还确认向导</source>
        <translation>Job-stabilisation refund confirmation guide</translation>
    </message>
    <message>
        <source>命令行选项有误，程序没有启动。正确的用法如下：</source>
        <translation>An option on the command line is wrong, so the program did not start. This is how to use it:</translation>
    </message>
    <message>
        <source>管理员设置文件 %1 无法使用：%2。

为了安全，程序以自助机模式运行：不保存任何信息，不打开浏览器，不打印。请改正或删除这个文件，然后重新启动程序。</source>
        <translation>The administrator settings file %1 cannot be used: %2.

To be safe, the program runs in kiosk mode: nothing is saved, no browser is opened, nothing is printed. Correct or delete this file, then start the program again.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>已收起</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>DisplayRow</name>
    <message>
        <source>文字大小：</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>缩小文字</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>缩小文字（Ctrl+减号）</source>
        <translation>Smaller text (Ctrl+minus)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>放大文字</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>放大文字（Ctrl+等号）</source>
        <translation>Larger text (Ctrl+equals)</translation>
    </message>
    <message>
        <source>现在是 %1%</source>
        <translation>Now %1%</translation>
    </message>
    <message>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>黑白分明、边框更粗（Ctrl+Shift+H）</source>
        <translation>Black and white, thicker borders (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>EmployerSummary</name>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>Employer management code</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>没有填写（可以不填）。</source>
        <translation>Not filled in (optional).</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>填写</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>修改单位信息</source>
        <translation>Change employer details</translation>
    </message>
    <message>
        <source>填写单位信息</source>
        <translation>Fill in employer details</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>导出表格</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>导出现在表格里显示的 %1 家单位：按现在的筛选和排序，列和表格一样，另加导出日期。</source>
        <translation>Exports the %1 employers the table shows now: filtered and sorted as now, the same columns as the table, with the export date.</translation>
    </message>
    <message>
        <source>Excel 表格（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件（.csv，用 Excel 也能打开）</source>
        <translation>CSV file (.csv, Excel opens it too)</translation>
    </message>
    <message>
        <source>也导出经办人的手机号码</source>
        <translation>Also export the operators&apos; mobile numbers</translation>
    </message>
    <message>
        <source>选择保存位置并导出…</source>
        <translation>Choose where to save and export…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>这个文件里有单位的名称、信用代码、办理进度和经办人的手机号码，都是需要保护的信息：只交给需要的人，不要发到群里，用完请删除。</source>
        <translation>This file holds the employers&apos; names, credit codes, progress and the operators&apos; mobile numbers, all information to protect: give it only to those who need it, never post it to a group chat, and delete it when done.</translation>
    </message>
    <message>
        <source>这个文件里有单位的名称、信用代码和办理进度，都是需要保护的信息：只交给需要的人，不要发到群里，用完请删除。</source>
        <translation>This file holds the employers&apos; names, credit codes and progress, all information to protect: give it only to those who need it, never post it to a group chat, and delete it when done.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>保存的申请日期是 %1，在今天之后，不可能是申请的日子。请在下面改成实际申请的日期。</source>
        <translation>The saved application date, %1, is after today, so it cannot be right. Please change it below to the day you actually applied.</translation>
    </message>
    <message>
        <source>申请日期（用来计算等待了几天）：</source>
        <translation>Date you applied (to count the days waited):</translation>
    </message>
    <message>
        <source>先关闭程序，收到短信再回来</source>
        <translation>Close the program for now; come back after the SMS</translation>
    </message>
    <message>
        <source>如果记得，请选您申请的日期（用来计算等待了几天）：</source>
        <translation>If you remember it, choose the day you applied (to count the days waited):</translation>
    </message>
    <message>
        <source>核对银行账户时，看户名是否和单位名称“%1”一致；据报道，户名不一致可能导致返还款发放失败。拿不准的，问所属社保经办机构。</source>
        <translation>When you check the bank account, make sure the account name matches the employer name &quot;%1&quot;: reportedly, a name that does not match can make the refund payment fail. If unsure, ask your social-insurance office.</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>这不是一个普通文件（是文件夹、设备或管道）</source>
        <translation>it is not an ordinary file (it is a folder, a device or a pipe)</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>it cannot be read: %1</translation>
    </message>
    <message>
        <source>文件太大，不是本程序用的文件</source>
        <translation>the file is too large to be one of this program&apos;s files</translation>
    </message>
    <message>
        <source>无法读取：文字编码不对（请存为 UTF-8）</source>
        <translation>it cannot be read: the text encoding is wrong (save it as UTF-8)</translation>
    </message>
    <message>
        <source>JSON 格式错误：第 %1 行第 %2 列：%3</source>
        <translation>JSON error at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>JSON 格式错误：括号嵌套的层数太多</source>
        <translation>JSON error: brackets are nested too deeply</translation>
    </message>
    <message>
        <source>JSON 格式错误：有一个数字太长</source>
        <translation>JSON error: a number is too long</translation>
    </message>
    <message>
        <source>JSON 格式错误：NaN 和 Infinity 不是 JSON 的数字</source>
        <translation>JSON error: NaN and Infinity are not JSON numbers</translation>
    </message>
    <message>
        <source>JSON 格式错误：同一处有两个“%1”</source>
        <translation>JSON error: “%1” appears twice in the same place</translation>
    </message>
    <message>
        <source>最外层应该是一个对象 {...}</source>
        <translation>the outermost value should be an object {...}</translation>
    </message>
    <message>
        <source>“%1”的值不对：%2</source>
        <translation>the value of “%1” is wrong: %2</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>稍后再做</source>
        <translation>Do later</translation>
    </message>
    <message>
        <source>保存并退出</source>
        <translation>Save and exit</translation>
    </message>
    <message>
        <source>先跳过这一步，以后再回来做</source>
        <translation>Skip this step for now and come back to it later</translation>
    </message>
    <message>
        <source>语言 Language</source>
        <translation>Language 语言</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>切换语言（Ctrl+L）：%1</source>
        <translation>Change language (Ctrl+L): %1</translation>
    </message>
    <message>
        <source>切换语言</source>
        <translation>Change language</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>遇到问题时找谁，程序的版本和信息（F1：这一页的帮助）</source>
        <translation>Whom to ask when you are stuck, and the program&apos;s version and details (F1: help for this page)</translation>
    </message>
    <message>
        <source>帮助和程序信息</source>
        <translation>Help and program information</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>导入单位名单：先看一看</source>
        <translation>Import a list of employers: look first</translation>
    </message>
    <message>
        <source>%1（工作表“%2”）</source>
        <translation>%1 (sheet “%2”)</translation>
    </message>
    <message>
        <source>%1：会新建 %2 家单位，补充 %3 家已有单位的信息（只填空着的，不改名称），%4 行要核对，%5 行不导入。</source>
        <translation>%1: new employers: %2; existing ones given the details they lack (names unchanged): %3; rows to check: %4; rows not imported: %5.</translation>
    </message>
    <message>
        <source>现在还没有保存任何东西：看过下面的表，点“导入”才保存；点“取消”什么都不改。</source>
        <translation>Nothing is saved yet: look through the table below; only “Import” saves it, “Cancel” changes nothing.</translation>
    </message>
    <message>
        <source>只看要核对和不导入的行</source>
        <translation>Only rows to check or not imported</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>会怎样</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>要核对的地方</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>导入预览：每一行会怎样</source>
        <translation>Import preview: what happens to each row</translation>
    </message>
    <message>
        <source>导入（新建 %1 家，补充 %2 家）</source>
        <translation>Import (%1 new, %2 added to)</translation>
    </message>
    <message>
        <source>取消，不导入</source>
        <translation>Cancel, do not import</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>补充已有单位</source>
        <translation>Adds to an employer</translation>
    </message>
    <message>
        <source>和第 %1 行是同一家</source>
        <translation>Same as row %1</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>补充到“%1”。</source>
        <translation>Adds to “%1”.</translation>
    </message>
    <message>
        <source>没有要核对的地方。</source>
        <translation>Nothing to check.</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>InlineQr</name>
    <message>
        <source>二维码：%1</source>
        <translation>QR code: %1</translation>
    </message>
    <message>
        <source>用手机扫描这个二维码，会打开 %1</source>
        <translation>Scan this QR code with a phone to open %1</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>本程序已经在使用这个数据文件夹（%1），不能同时打开两个。请找到已经打开的窗口继续使用；如果找不到，请重新启动电脑后再打开。</source>
        <translation>This program is already using this data folder (%1); it cannot be opened twice. Find the window that is already open; if you cannot, restart the computer and open it again.</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>您的路线：%1</source>
        <translation>Your route: %1</translation>
    </message>
    <message>
        <source>您的进度</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <source>稍后再做的步骤，点它的名字就能回去做。</source>
        <translation>A step left for later: click its name to go back to it.</translation>
    </message>
    <message>
        <source>⚠ 另一个窗口也打开了这个数据文件夹。为了不互相覆盖，这里的改动从现在起不再保存。请关闭这个窗口，到另一个窗口继续。</source>
        <translation>⚠ Another window has opened this data folder too. So that neither overwrites the other, changes here are no longer saved from now on. Please close this window and continue in the other one.</translation>
    </message>
    <message>
        <source>⚠ 进度现在无法保存（文件夹不可写或磁盘已满）。程序每 10 秒重试一次；已保存的进度不受影响。请先不要关闭程序，或请工作人员检查。</source>
        <translation>⚠ Progress cannot be saved right now (the folder is read-only or the disk is full). The program retries every 10 seconds; progress already saved is safe. Please keep the program open, or ask a member of staff to check.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>管理员设置有误</source>
        <translation>Administrator settings are wrong</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>这台电脑现在没有联网：请用手机扫码打开</source>
        <translation>This computer is not online: scan the code with your phone to open it</translation>
    </message>
    <message>
        <source>在浏览器打开</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>在浏览器打开：%1</source>
        <translation>Open in browser: %1</translation>
    </message>
    <message>
        <source>复制链接</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>复制链接：%1</source>
        <translation>Copy link: %1</translation>
    </message>
    <message>
        <source>用手机打开</source>
        <translation>Open on phone</translation>
    </message>
    <message>
        <source>用手机打开（显示二维码）：%1</source>
        <translation>Open on phone (shows a QR code): %1</translation>
    </message>
    <message>
        <source>显示二维码，用手机扫码打开这个网页</source>
        <translation>Shows a QR code: scan it with your phone to open this page</translation>
    </message>
    <message>
        <source>用手机的相机或微信“扫一扫”扫下面的二维码，在手机上打开这个网页：</source>
        <translation>Scan the QR code below with your phone camera or WeChat &quot;Scan&quot; to open this page on your phone:</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>这个链接的网址不安全，已隐藏。</source>
        <translation>This link&apos;s address is not safe, so it is hidden.</translation>
    </message>
</context>
<context>
    <name>NextPrompt</name>
    <message>
        <source>这一步做完了吗？</source>
        <translation>Have you done this step?</translation>
    </message>
    <message>
        <source>您还没有勾选“我已完成这一步”。</source>
        <translation>You have not ticked “I have done this step”.</translation>
    </message>
    <message>
        <source>做完了，勾选并继续</source>
        <translation>Yes, done: tick it and go on</translation>
    </message>
    <message>
        <source>还没做完，稍后再做</source>
        <translation>Not yet: do it later</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>本页内容</source>
        <translation>Page content</translation>
    </message>
    <message>
        <source>用上下方向键滚动</source>
        <translation>Use the up and down arrow keys to scroll</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>原始大小 100%</source>
        <translation>Actual size 100%</translation>
    </message>
    <message>
        <source>放大到 200%</source>
        <translation>Zoom to 200%</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 · 滚动鼠标滚轮缩放，按住拖动可移动图片，按 Esc 键关闭</source>
        <translation>%1 · Scroll the mouse wheel to zoom, drag to move the picture, press Esc to close</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>（当前单位）</source>
        <translation> (current employer)</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>继续办理：%1</source>
        <translation>Continue: %1</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>改名：%1</source>
        <translation>Rename: %1</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出：%1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>存成一个文件，可以拿到另一台电脑上导入</source>
        <translation>Save as a file that can be imported on another computer</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除：%1</source>
        <translation>Delete: %1</translation>
    </message>
    <message>
        <source>确定要删除“%1”吗？这家单位的全部回答和进度都会删除，不能恢复。</source>
        <translation>Delete &quot;%1&quot;? All answers and progress for this employer will be deleted and cannot be recovered.</translation>
    </message>
    <message>
        <source>确定删除</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>确定删除“%1”</source>
        <translation>Yes, delete &quot;%1&quot;</translation>
    </message>
    <message>
        <source>不删除</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>单位名称（必填）</source>
        <translation>Employer name (required)</translation>
    </message>
    <message>
        <source>例如：广州市某某餐饮有限公司</source>
        <translation>e.g. 广州市某某餐饮有限公司 (as on the licence)</translation>
    </message>
    <message>
        <source>统一社会信用代码（可不填）</source>
        <translation>Unified social credit code (optional)</translation>
    </message>
    <message>
        <source>18 位，一般印在营业执照上</source>
        <translation>18 characters, usually printed on the business licence</translation>
    </message>
    <message>
        <source>备注（可不填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>例如：联系人、下次来的日期</source>
        <translation>e.g. contact person, date of next visit</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写单位名称。</source>
        <translation>Please enter the employer name.</translation>
    </message>
    <message>
        <source>统一社会信用代码好像不对：应是 18 位数字和大写字母，请对照营业执照核对；不清楚可以空着不填。</source>
        <translation>The unified social credit code looks wrong: it has 18 digits and capital letters. Check it against the business licence, or leave it empty if unsure.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>为哪家单位办理？（共 %1 家）</source>
        <translation>Which employer? (%1 in all)</translation>
    </message>
    <message>
        <source>点“继续办理”接着做那家单位。每家单位的进度分开保存，随时自动保存。</source>
        <translation>Press &quot;Continue&quot; to carry on with that employer. Each employer&apos;s progress is kept separately and saved automatically.</translation>
    </message>
    <message>
        <source>＋ 新建单位</source>
        <translation>+ New employer</translation>
    </message>
    <message>
        <source>导入单位文件…</source>
        <translation>Import employer file…</translation>
    </message>
    <message>
        <source>导入在另一台电脑上“导出”的单位文件</source>
        <translation>Import an employer file exported on another computer</translation>
    </message>
    <message>
        <source>搜索：单位名称或信用代码</source>
        <translation>Search: employer name or credit code</translation>
    </message>
    <message>
        <source>创建并开始</source>
        <translation>Create and start</translation>
    </message>
    <message>
        <source>替换原来的</source>
        <translation>Replace it</translation>
    </message>
    <message>
        <source>两个都保留</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>搜索单位</source>
        <translation>Search employers</translation>
    </message>
    <message>
        <source>正在办理的单位</source>
        <translation>The employer being helped</translation>
    </message>
    <message>
        <source>要换一家单位，请回到工作台：那里有全部 %1 家单位的进度。</source>
        <translation>To change employer, go back to the desk: it shows the progress of all %1 employers.</translation>
    </message>
    <message>
        <source>回到工作台</source>
        <translation>Back to the desk</translation>
    </message>
    <message>
        <source>没有找到。请换个关键字，或清空搜索框。</source>
        <translation>Nothing found. Try other words, or clear the search box.</translation>
    </message>
    <message>
        <source>这家单位的文件来自更新版本的程序，本程序不会改动它。请更新本程序后再办理。</source>
        <translation>This employer&apos;s file comes from a newer version of the program, so this one will not change it. Please update the program first.</translation>
    </message>
    <message>
        <source>已完成 %1/%2 步</source>
        <translation>%1/%2 steps done</translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>没能改名：数据文件夹现在无法写入。</source>
        <translation>Could not rename: the data folder cannot be written to right now.</translation>
    </message>
    <message>
        <source>已保存：“%1”。</source>
        <translation>Saved: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>没能删除“%1”：数据文件夹现在无法写入。</source>
        <translation>Could not delete &quot;%1&quot;: the data folder cannot be written to right now.</translation>
    </message>
    <message>
        <source>已删除“%1”。</source>
        <translation>Deleted &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>没能导出：这个位置无法写入，请换一个文件夹（例如 U 盘或“文档”）。</source>
        <translation>Could not export: this place cannot be written to. Choose another folder (for example a USB stick or Documents).</translation>
    </message>
    <message>
        <source>已把“%1”导出到：%2。在另一台电脑上用“导入单位文件”打开它。</source>
        <translation>Exported &quot;%1&quot; to: %2. Open it on another computer with &quot;Import employer file&quot;.</translation>
    </message>
    <message>
        <source>已经有一家叫“%1”的单位。要用导入的进度替换原来的，还是两个都保留？（都保留时，导入的那家名字后面加上编号。）</source>
        <translation>There is already an employer called &quot;%1&quot;. Replace it with the imported progress, or keep both? (If you keep both, the imported one gets a number after its name.)</translation>
    </message>
    <message>
        <source>已导入“%1”。</source>
        <translation>Imported &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>导出单位进度</source>
        <translation>Export employer progress</translation>
    </message>
    <message>
        <source>单位进度文件 (*.json)</source>
        <translation>Employer progress files (*.json)</translation>
    </message>
    <message>
        <source>导入单位文件</source>
        <translation>Import employer file</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>用手机打开：%1</source>
        <translation>Open on phone: %1</translation>
    </message>
    <message>
        <source>用手机的相机或微信“扫一扫”对准下面的二维码，就能在手机上打开这个网页。</source>
        <translation>Point your phone&apos;s camera, or WeChat&apos;s &quot;Scan&quot;, at the QR code below to open this page on your phone.</translation>
    </message>
    <message>
        <source>二维码：%1</source>
        <translation>QR code: %1</translation>
    </message>
    <message>
        <source>用手机扫描这个二维码，会打开 %1</source>
        <translation>Scanning this QR code with a phone opens %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>了解您的情况 · 第 %1 个问题，共约 %2 个</source>
        <translation>About your situation · question %1 of about %2</translation>
    </message>
    <message>
        <source>怎么查？</source>
        <translation>How do I find out?</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>您的登录路线</source>
        <translation>Your login route</translation>
    </message>
    <message>
        <source>请走：%1</source>
        <translation>Take this route: %1</translation>
    </message>
    <message>
        <source>要做的步骤（共 %1 步）</source>
        <translation>Steps to do (%1 in all)</translation>
    </message>
    <message>
        <source>可以跳过的步骤</source>
        <translation>Steps you can skip</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>走这条路线要准备什么？</source>
        <translation>What to have ready for this route</translation>
    </message>
    <message>
        <source>想换一条路线？</source>
        <translation>Want a different route?</translation>
    </message>
    <message>
        <source>（推荐）</source>
        <translation> (recommended)</translation>
    </message>
</context>
<context>
    <name>SearchCodesBox</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>Employer management code</translation>
    </message>
    <message>
        <source>查询单位时可以用：统一社会信用代码（18 位，一般印在营业执照上）、组织机构代码或单位管理码，任选一种。
您还没有记下单位的代码。现在填上，到这一步就能直接复制。</source>
        <translation>To find the employer, use any one of: the unified social credit code (18 characters, usually printed on the business licence), the organisation code or the employer management code.
You have not noted the employer&apos;s codes yet. Fill them in now and you can copy them at this step.</translation>
    </message>
    <message>
        <source>填写单位信息</source>
        <translation>Fill in employer details</translation>
    </message>
    <message>
        <source>查询单位时可以用：</source>
        <translation>To find the employer, use:</translation>
    </message>
    <message>
        <source>（先用这个查）</source>
        <translation> (try this first)</translation>
    </message>
    <message>
        <source>（查不到时再试）</source>
        <translation> (if that finds nothing)</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制%1：%2</source>
        <translation>Copy %1: %2</translation>
    </message>
    <message>
        <source>修改单位信息</source>
        <translation>Change employer details</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>StaffExitDialog</name>
    <message>
        <source>工作人员退出自助机模式</source>
        <translation>Staff: leave kiosk mode</translation>
    </message>
    <message>
        <source>工作人员 PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>退出自助机模式</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请输入工作人员 PIN：</source>
        <translation>Enter the staff PIN:</translation>
    </message>
    <message>
        <source>这台自助机没有设置工作人员 PIN（admin.json 里的 pin_hash），所以不能在程序里退出。设置方法见使用说明。</source>
        <translation>No staff PIN is set on this kiosk (pin_hash in admin.json), so it cannot be left from inside the program. See the manual for how to set one.</translation>
    </message>
    <message>
        <source>里面有中文、全角等非英文字符</source>
        <translation>it contains Chinese, full-width or other non-English characters</translation>
    </message>
    <message>
        <source>应当是用 $ 隔开的四段</source>
        <translation>it should be four parts separated by $</translation>
    </message>
    <message>
        <source>开头不是 pbkdf2_sha256</source>
        <translation>it does not start with pbkdf2_sha256</translation>
    </message>
    <message>
        <source>第二段的次数应在 10000 到 1000000 之间</source>
        <translation>the round count in the second part must be between 10000 and 1000000</translation>
    </message>
    <message>
        <source>第三段不是 16 到 128 位的十六进制数</source>
        <translation>the third part is not 16 to 128 hexadecimal digits</translation>
    </message>
    <message>
        <source>第四段不是 64 位的十六进制数</source>
        <translation>the fourth part is not 64 hexadecimal digits</translation>
    </message>
    <message>
        <source>admin.json 里的 pin_hash 不是 --hash-pin 生成的值（%1），所以不能在程序里退出。请管理员用 --hash-pin 重新生成后写进 admin.json。</source>
        <translation>The pin_hash in admin.json is not a value made by --hash-pin (%1), so kiosk mode cannot be left from the program. Ask the administrator to make a new one with --hash-pin and put it in admin.json.</translation>
    </message>
    <message>
        <source>PIN 错误次数太多。请 %1 分钟后再试。</source>
        <translation>Too many wrong PINs. Try again in %1 min.</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>PIN 不对，请再试。</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>第 %1 步，共 %2 步 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>怎么做：</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>遇到问题？</source>
        <translation>Having a problem?</translation>
    </message>
    <message>
        <source>为什么有这一步：%1</source>
        <translation>Why this step: %1</translation>
    </message>
    <message>
        <source>我已完成这一步</source>
        <translation>I have done this step</translation>
    </message>
    <message>
        <source>我已完成这一步：%1</source>
        <translation>I have done this step: %1</translation>
    </message>
    <message>
        <source>查下来单位没有法人账号，或者账号不到四级（L2）、又没有网银证书和电子营业执照？那就改走“%1”。</source>
        <translation>Found that the employer has no legal-person account, or that the account is below level 4 (L2) and there is no online-banking certificate or electronic business licence? Then switch to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>改走“%1”</source>
        <translation>Switch to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>现在：%1</source>
        <translation>Now: %1</translation>
    </message>
</context>
<context>
    <name>StepPicture</name>
    <message>
        <source>点击图片可以放大查看</source>
        <translation>Click the picture to see it larger</translation>
    </message>
    <message>
        <source>（这一步没有图片）</source>
        <translation>(no picture for this step)</translation>
    </message>
    <message>
        <source>没有图片</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>实际截图 · 文件日期 %1</source>
        <translation>Real screenshot · file date %1</translation>
    </message>
    <message>
        <source>实际截图：%1</source>
        <translation>Real screenshot: %1</translation>
    </message>
    <message>
        <source>示意图（不是真实截图）· 红框里的数字对应上面的步骤</source>
        <translation>Drawing (not a real screenshot) · the numbers in red frames match the steps above</translation>
    </message>
    <message>
        <source>示意图：%1</source>
        <translation>Drawing: %1</translation>
    </message>
    <message>
        <source>%1 · 点击图片可以放大</source>
        <translation>%1 · click the picture to enlarge it</translation>
    </message>
    <message>
        <source>%1（按回车键放大）</source>
        <translation>%1 (press Enter to enlarge)</translation>
    </message>
    <message>
        <source>实际截图（文件日期 %1）：%2。%3</source>
        <translation>Real screenshot (file date %1): %2. %3</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>稳岗返还确认：进度和下一步</source>
        <translation>Job-stabilisation refund confirmation: progress and next step</translation>
    </message>
    <message>
        <source>内容版本：%1</source>
        <translation>Content edition: %1</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <source>统一社会信用代码：%1</source>
        <translation>Unified social credit code: %1</translation>
    </message>
    <message>
        <source>截止时间：%1。%2</source>
        <translation>Deadline: %1. %2</translation>
    </message>
    <message>
        <source>登录路线：%1</source>
        <translation>Login route: %1</translation>
    </message>
    <message>
        <source>各步骤的状态</source>
        <translation>Status of each step</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>Employer details</translation>
    </message>
    <message>
        <source>您的回答</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>生成日期：%1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <source>登录网址：%1</source>
        <translation>Login web address: %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>还要做的步骤：</source>
        <translation>Steps still to do:</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>登录网址</source>
        <translation>Login web address</translation>
    </message>
    <message>
        <source>用手机扫左边的二维码，也能打开登录页。</source>
        <translation>You can also open the login page by scanning the QR code on the left with a phone.</translation>
    </message>
    <message>
        <source>还要做的步骤</source>
        <translation>Steps still to do</translation>
    </message>
</context>
<context>
    <name>SummaryActions</name>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。</source>
        <translation>Could not save: %1. Try another folder (for example Documents or the desktop).</translation>
    </message>
    <message>
        <source>已保存（%1 页）：%2</source>
        <translation>Saved (%1 pages): %2</translation>
    </message>
    <message>
        <source>没能打印：%1</source>
        <translation>Could not print: %1</translation>
    </message>
    <message>
        <source>已发送到打印机（%1 页）。</source>
        <translation>Sent to the printer (%1 pages).</translation>
    </message>
    <message>
        <source>已复制，可以粘贴到微信或文档里。</source>
        <translation>Copied: you can paste it into WeChat or a document.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>生成日期：%1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>您的进度和下一步</source>
        <translation>Your progress and next step</translation>
    </message>
    <message>
        <source>现在的回答：%1</source>
        <translation>Current answer: %1</translation>
    </message>
    <message>
        <source>保存或打印这份总结，下次办理时带上：</source>
        <translation>Save or print this summary and bring it next time:</translation>
    </message>
    <message>
        <source>办完了？点下面的按钮，您在这台自助机上填写和选择的内容会全部清除，回到开始页。</source>
        <translation>Finished? Press the button below: everything you entered and chose on this machine is cleared and the start page returns.</translation>
    </message>
    <message>
        <source>完成并清除我的信息</source>
        <translation>Finish and clear my information</translation>
    </message>
    <message>
        <source>打印这份总结，下次办理时带上：</source>
        <translation>Print this summary and bring it next time:</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>修改：%1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>TaskLink</name>
    <message>
        <source>按回车键转到这一页</source>
        <translation>Press Enter to go to this page</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>这是公共自助机。您填写和选择的内容只在这次使用中保留：办完后请在总结页点“完成并清除我的信息”；一段时间没有操作，也会自动清除。</source>
        <translation>This is a public self-service machine. What you enter and choose is kept only during this visit: when you are done, press &quot;Finish and clear my information&quot; on the summary page; after a while without use it is cleared automatically.</translation>
    </message>
    <message>
        <source>为另一家单位办理</source>
        <translation>Do it for another employer</translation>
    </message>
    <message>
        <source>请先准备好：</source>
        <translation>Have these ready:</translation>
    </message>
    <message>
        <source>按您的情况（%1），请先准备好：</source>
        <translation>For your situation (%1), have these ready:</translation>
    </message>
    <message>
        <source>需要多长时间：</source>
        <translation>How long it takes:</translation>
    </message>
    <message>
        <source>截止时间：%1。%2</source>
        <translation>Deadline: %1. %2</translation>
    </message>
    <message>
        <source>要为多家单位办理？</source>
        <translation>Doing this for several employers?</translation>
    </message>
    <message>
        <source>请先在上面选单位</source>
        <translation>Choose an employer above first</translation>
    </message>
    <message>
        <source>开始(&amp;N)</source>
        <translation>Start (&amp;N)</translation>
    </message>
    <message>
        <source>服务中心帮多家单位办理时用：每家单位的进度分开保存</source>
        <translation>For service centres helping several employers: each one&apos;s progress is kept separately</translation>
    </message>
    <message>
        <source>您上次做到：%1（%2）。可以接着做，也可以重新开始。</source>
        <translation>Last time you got to: %1 (%2). You can carry on, or start again.</translation>
    </message>
    <message>
        <source>继续上次的进度</source>
        <translation>Carry on where I left off</translation>
    </message>
    <message>
        <source>重新开始</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>重新开始会清除之前的全部回答和进度。确定吗？</source>
        <translation>Starting again clears all your answers and progress. Are you sure?</translation>
    </message>
    <message>
        <source>确定，清除并重新开始</source>
        <translation>Yes, clear everything and start again</translation>
    </message>
    <message>
        <source>不清除</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>%1 · 等待审核短信</source>
        <translation>%1 · waiting for the review SMS</translation>
    </message>
    <message>
        <source>%1 · 等待审核短信，已等待 %2 天</source>
        <translation>%1 · waiting for the review SMS, %2 days so far</translation>
    </message>
    <message>
        <source>还没有开始</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <source>了解您的情况</source>
        <translation>About your situation</translation>
    </message>
    <message>
        <source>记下单位信息</source>
        <translation>Note employer details</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>开始页</source>
        <translation>Start page</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>了解情况</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <source>选择路线</source>
        <translation>Choose a route</translation>
    </message>
    <message>
        <source>按路线一步一步登录、确认</source>
        <translation>Log in and confirm, step by step</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>done</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>now</translation>
    </message>
    <message>
        <source>等待短信</source>
        <translation>waiting for SMS</translation>
    </message>
    <message>
        <source>稍后再做</source>
        <translation>Do later</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>“{name}”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。</source>
        <translation>The file for &quot;{name}&quot; comes from a newer version of the program, so this one will not change it. Please update the program.</translation>
    </message>
    <message>
        <source>“{name}”的文件已损坏，已另存为 {kept}，这家单位要从头开始；其他单位不受影响。</source>
        <translation>The file for &quot;{name}&quot; is damaged. It has been kept aside as {kept}, and this employer starts again from the beginning; other employers are not affected.</translation>
    </message>
    <message>
        <source>“{name}”的文件已损坏且无法移走，本次不显示它；其他单位不受影响。</source>
        <translation>The file for &quot;{name}&quot; is damaged and cannot be moved aside, so it is not shown this time; other employers are not affected.</translation>
    </message>
    <message>
        <source>进度文件来自更新版本的程序，本次不会改动它；请更新本程序。</source>
        <translation>The progress file comes from a newer version of the program, so it is left unchanged this time. Please update the program.</translation>
    </message>
    <message>
        <source>上次的进度文件已损坏，已另存为 {kept}，本次从头开始。</source>
        <translation>The progress file from last time is damaged. It has been kept aside as {kept}, and this time you start from the beginning.</translation>
    </message>
    <message>
        <source>上次的进度文件已损坏且无法移走，本次从头开始。</source>
        <translation>The progress file from last time is damaged and cannot be moved aside; this time you start from the beginning.</translation>
    </message>
    <message>
        <source>无法导入“{file}”：文件太大，不是本程序导出的单位文件。</source>
        <translation>Cannot import &quot;{file}&quot;: the file is too large to be an employer file exported by this program.</translation>
    </message>
    <message>
        <source>无法导入“{file}”：读不出这个文件。</source>
        <translation>Cannot import &quot;{file}&quot;: the file cannot be read.</translation>
    </message>
    <message>
        <source>无法导入“{file}”：它来自更新版本的程序，请先更新本程序。</source>
        <translation>Cannot import &quot;{file}&quot;: it comes from a newer version of the program. Please update this program first.</translation>
    </message>
    <message>
        <source>无法导入“{file}”：文件已损坏，或不是本程序导出的单位文件。</source>
        <translation>Cannot import &quot;{file}&quot;: the file is damaged, or is not an employer file exported by this program.</translation>
    </message>
    <message>
        <source>无法导入“{file}”：数据文件夹无法写入。</source>
        <translation>Cannot import &quot;{file}&quot;: the data folder cannot be written to.</translation>
    </message>
    <message>
        <source>格式正确，校验位也对上了。</source>
        <translation>The format is right, and the check character matches.</translation>
    </message>
    <message>
        <source>已输入 {typed} 位，还差 {missing} 位（共 {total} 位）。</source>
        <translation>{typed} characters entered, {missing} still missing ({total} in all).</translation>
    </message>
    <message>
        <source>第 {pos} 位“{char}”不是数字或字母，请核对。</source>
        <translation>Character {pos}, &quot;{char}&quot;, is not a digit or a letter. Please check.</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是数字 {meant}？</source>
        <translation>Character {pos} is the letter {char}. A unified social credit code never contains {char}: is it the digit {meant}?</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是字母 {meant}？</source>
        <translation>Character {pos} is the letter {char}. A unified social credit code never contains {char}: is it the letter {meant}?</translation>
    </message>
    <message>
        <source>第 {pos} 位应该是数字，现在是字母 {char}，请核对。</source>
        <translation>Character {pos} should be a digit, but it is the letter {char}. Please check.</translation>
    </message>
    <message>
        <source>只有 {length} 位。统一社会信用代码是 18 位，请核对是否漏了。</source>
        <translation>Only {length} characters. The unified social credit code has 18: please check whether any are missing.</translation>
    </message>
    <message>
        <source>如果这是旧证上的 9 位组织机构代码，请填到下面“组织机构代码”一栏。</source>
        <translation>If this is the 9-character organisation code from an old licence, enter it in the &quot;Organisation code&quot; box below.</translation>
    </message>
    <message>
        <source>多了 {extra} 位：统一社会信用代码是 18 位，现在有 {length} 位，请核对。</source>
        <translation>{extra} characters too many: the unified social credit code has 18, and this has {length}. Please check.</translation>
    </message>
    <message>
        <source>这像是身份证号码。这里要填营业执照上的统一社会信用代码；本程序不保存身份证号码。</source>
        <translation>This looks like an ID card number. Enter the unified social credit code from the business licence here; this program does not keep ID card numbers.</translation>
    </message>
    <message>
        <source>照上面改过来，校验位就对上了。</source>
        <translation>With the change above, the check character matches.</translation>
    </message>
    <message>
        <source>第 18 位（最后一位，校验位）和前面的对不上，请核对。</source>
        <translation>Character 18 (the last one, the check character) does not match the others. Please check.</translation>
    </message>
    <message>
        <source>错处多半在第 1–8 位或第 18 位。</source>
        <translation>The mistake is most likely in characters 1–8 or in character 18.</translation>
    </message>
    <message>
        <source>错处多半在第 9–17 位。</source>
        <translation>The mistake is most likely in characters 9–17.</translation>
    </message>
    <message>
        <source>如果营业执照上印的就是这样，就不用改：少数早期的代码本身通不过校验。</source>
        <translation>If the business licence shows exactly this, leave it as it is: a few early codes do not pass the check themselves.</translation>
    </message>
    <message>
        <source>第 9 位（校验位）只能是数字或 X，现在是字母 {char}，请核对。</source>
        <translation>Character 9 (the check character) can only be a digit or X, but it is the letter {char}. Please check.</translation>
    </message>
    <message>
        <source>第 9 位（校验位）只能是数字或 X，现在是字母 {char}，是不是数字 {meant}？</source>
        <translation>Character 9 (the check character) can only be a digit or X, but it is the letter {char}: is it the digit {meant}?</translation>
    </message>
    <message>
        <source>这是 18 位，像是统一社会信用代码：请填到上面“统一社会信用代码”一栏。</source>
        <translation>This has 18 characters, like a unified social credit code: enter it in the &quot;Unified social credit code&quot; box above.</translation>
    </message>
    <message>
        <source>组织机构代码是 9 位（证书上印作“8 位-1 位”），现在是 {length} 位，请核对。</source>
        <translation>The organisation code has 9 characters (printed on the certificate as 8, a dash, then 1); this has {length}. Please check.</translation>
    </message>
    <message>
        <source>第 9 位（最后一位，校验位）和前面的对不上，请核对。</source>
        <translation>Character 9 (the last one, the check character) does not match the others. Please check.</translation>
    </message>
    <message>
        <source>不用填 +86，只填 11 位手机号码。</source>
        <translation>Leave out +86: enter just the 11-digit mobile number.</translation>
    </message>
    <message>
        <source>手机号码只能是数字，第 {pos} 位是“{char}”，请核对。</source>
        <translation>A mobile number has digits only, but character {pos} is &quot;{char}&quot;. Please check.</translation>
    </message>
    <message>
        <source>手机号码只能是数字，第 {pos} 位是字母 {char}，请核对。</source>
        <translation>A mobile number has digits only, but character {pos} is the letter {char}. Please check.</translation>
    </message>
    <message>
        <source>手机号码一般以 13 到 19 开头，现在是“{prefix}”开头，请核对。</source>
        <translation>Mobile numbers usually start with 13 to 19; this one starts with &quot;{prefix}&quot;. Please check.</translation>
    </message>
    <message>
        <source>手机号码是 11 位，现在是 {length} 位，请核对。</source>
        <translation>A mobile number has 11 digits; this has {length}. Please check.</translation>
    </message>
    <message>
        <source>手机号码的格式不对，请核对。</source>
        <translation>The mobile number is not in the right format. Please check.</translation>
    </message>
    <message>
        <source>格式正确。</source>
        <translation>The format is right.</translation>
    </message>
    <message>
        <source>单位管理码最多 20 位，现在有 {length} 位，请核对。</source>
        <translation>The employer management code has at most 20 characters; this has {length}. Please check.</translation>
    </message>
    <message>
        <source>给工作人员：内容文件夹 {folder}（版本 {found}）没有通过检查（{count} 个问题），所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，改好后重新启动程序。</source>
        <translation>For staff: the content folder {folder} (edition {found}) failed the check (problems found: {count}), so the program&apos;s own content (edition {used}) is used instead. Check that folder with --check-content, correct it, then start the program again.</translation>
    </message>
    <message>
        <source>给工作人员：{folder} 不是能用的内容文件夹（没有找到版本信息，{count} 个问题），所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，改好后重新启动程序。</source>
        <translation>For staff: {folder} is not a usable content folder (no edition found; problems found: {count}), so the program&apos;s own content (edition {used}) is used instead. Check that folder with --check-content, correct it, then start the program again.</translation>
    </message>
</context>
</TS>
