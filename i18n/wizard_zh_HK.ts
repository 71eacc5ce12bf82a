<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>程序自带</source>
        <translation>程式內建</translation>
    </message>
    <message>
        <source>自助机模式：不保存任何信息</source>
        <translation>自助機模式：不儲存任何資料</translation>
    </message>
    <message>
        <source>自助机模式：不写日志文件</source>
        <translation>自助機模式：不寫記錄檔</translation>
    </message>
    <message>
        <source>没有（数据文件夹无法写入）</source>
        <translation>沒有（資料夾無法寫入）</translation>
    </message>
    <message>
        <source>程序版本</source>
        <translation>程式版本</translation>
    </message>
    <message>
        <source>内容版本</source>
        <translation>內容版本</translation>
    </message>
    <message>
        <source>%1（%2 对照官方指引核对）</source>
        <translation>%1（%2 對照官方指引核對）</translation>
    </message>
    <message>
        <source>内容文件夹</source>
        <translation>內容資料夾</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>進度資料夾</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>遇到问题</source>
        <translation>遇到問題</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>帮助和程序信息</source>
        <translation>說明和程式資料</translation>
    </message>
    <message>
        <source>每一步的下方都有“遇到问题？”，写着常见问题的解决办法；在那一页按 F1 键就能打开它。</source>
        <translation>每一步的下方都有「遇到問題？」，寫着常見問題的解決辦法；在那一頁按 F1 鍵就能打開它。</translation>
    </message>
    <message>
        <source>给技术支持的信息：</source>
        <translation>給技術支援的資料：</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>复制这些信息</source>
        <translation>複製這些資料</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>打開進度資料夾</translation>
    </message>
    <message>
        <source>本程序使用的开源软件和许可证</source>
        <translation>本程式使用的開源軟件和許可證</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>共 %1 项。选一项，旁边显示它的许可证全文。</source>
        <translation>共 %1 項。選一項，旁邊顯示它的許可證全文。</translation>
    </message>
    <message>
        <source>开源软件</source>
        <translation>開源軟件</translation>
    </message>
    <message>
        <source>许可证全文</source>
        <translation>許可證全文</translation>
    </message>
</context>
<context>
    <name>AddressLink</name>
    <message>
        <source>%1 · 按回车键在浏览器打开</source>
        <translation>%1 · 按 Enter 鍵在瀏覽器打開</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>……另有 %1 个问题</source>
        <translation>……另有 %1 個問題</translation>
    </message>
    <message>
        <source>向导的内容文件有问题，程序无法启动。请联系提供本程序的工作人员。</source>
        <translation>嚮導的內容檔案有問題，程式無法啟動。請聯絡提供本程式的工作人員。</translation>
    </message>
    <message>
        <source>内容文件夹：%1</source>
        <translation>內容資料夾：%1</translation>
    </message>
    <message>
        <source>程序已经打开</source>
        <translation>程式已經打開</translation>
    </message>
    <message>
        <source>内容文件有误</source>
        <translation>內容檔案有誤</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>稳岗返还确认向导：一步一步帮单位登录广东人社网上服务平台，完成失业保险稳岗返还信息确认。</source>
        <translation>穩崗返還確認嚮導：一步一步幫單位登入廣東人社網上服務平台，完成失業保險穩崗返還資料確認。</translation>
    </message>
    <message>
        <source>显示这段说明，然后退出</source>
        <translation>顯示這段說明，然後退出</translation>
    </message>
    <message>
        <source>显示程序和内容的版本、数据文件夹和日志文件，然后退出</source>
        <translation>顯示程式和內容的版本、資料夾和記錄檔，然後退出</translation>
    </message>
    <message>
        <source>进度保存的文件夹（默认：用户数据文件夹）</source>
        <translation>儲存進度的資料夾（預設：用戶資料夾）</translation>
    </message>
    <message>
        <source>使用另一个内容文件夹（放着 catalogue.json 和各语言文件夹；默认：程序自带）</source>
        <translation>使用另一個內容資料夾（內有 catalogue.json 和各語言的資料夾；預設：程式內建的）</translation>
    </message>
    <message>
        <source>界面语言：%1（默认按系统语言）</source>
        <translation>介面語言：%1（預設跟隨系統語言）</translation>
    </message>
    <message>
        <source>真实截图文件夹（按步骤命名，如 S3.png）；有图时代替示意图</source>
        <translation>真實截圖資料夾（按步驟命名，如 S3.png）；有截圖時代替示意圖</translation>
    </message>
    <message>
        <source>自助机模式：全屏，不保存访客的任何信息，闲置后自动清除（admin.json 里的 &quot;kiosk&quot;: true 也会打开）</source>
        <translation>自助機模式：全螢幕，不儲存訪客的任何資料，閒置後自動清除（admin.json 裏的 &quot;kiosk&quot;: true 也會開啟）</translation>
    </message>
    <message>
        <source>从标准输入读工作人员 PIN（不回显），打印 admin.json 里 pin_hash 的值</source>
        <translation>從標準輸入讀取工作人員 PIN（不回顯），印出 admin.json 裏 pin_hash 的值</translation>
    </message>
    <message>
        <source>检查一个内容文件夹的所有语言，列出全部问题；没有问题时退出码为 0</source>
        <translation>檢查一個內容資料夾的所有語言，列出全部問題；沒有問題時結束碼為 0</translation>
    </message>
    <message>
        <source>不开窗口，把一家单位的总结导出为 PDF（配合 --out，可选 --profile）</source>
        <translation>不開視窗，把一家單位的總結匯出為 PDF（配合 --out，可選 --profile）</translation>
    </message>
    <message>
        <source>单位名称（与 --export-summary 一起用）</source>
        <translation>單位名稱（與 --export-summary 一起用）</translation>
    </message>
    <message>
        <source>导出的 PDF 文件（与 --export-summary 一起用）</source>
        <translation>匯出的 PDF 檔案（與 --export-summary 一起用）</translation>
    </message>
    <message>
        <source>自检：在临时文件夹里离屏走完每条路线，每项检查打印一行</source>
        <translation>自我檢查：在臨時資料夾裏、不顯示視窗，走完每條路線，每項檢查印出一行</translation>
    </message>
    <message>
        <source>请用 --out 指定要保存的 PDF 文件，例如 --out 总结.pdf</source>
        <translation>請用 --out 指定要儲存的 PDF 檔案，例如 --out 總結.pdf</translation>
    </message>
    <message>
        <source>工作人员 PIN（输入时不显示）：</source>
        <translation>工作人員 PIN（輸入時不顯示）：</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>两次输入的 PIN 不一样，没有生成。</source>
        <translation>兩次輸入的 PIN 不一樣，沒有產生。</translation>
    </message>
    <message>
        <source>PIN 至少要 4 位。</source>
        <translation>PIN 至少要 4 位。</translation>
    </message>
    <message>
        <source>把上面这一行作为 &quot;pin_hash&quot; 的值写进 admin.json。</source>
        <translation>把上面這一行作為 &quot;pin_hash&quot; 的值寫進 admin.json。</translation>
    </message>
    <message>
        <source>无法使用 %1：%2。</source>
        <translation>無法使用 %1：%2。</translation>
    </message>
    <message>
        <source>%1 是一个链接（快捷方式），总结不会写到它指向的地方；请换一个文件名。</source>
        <translation>%1 是一個連結（捷徑），總結不會寫到它指向的地方；請換一個檔案名稱。</translation>
    </message>
    <message>
        <source>%1 是一个文件夹；请在 --out 后面写上 PDF 文件的名字，例如 %2。</source>
        <translation>%1 是一個資料夾；請在 --out 後面寫上 PDF 檔案的名稱，例如 %2。</translation>
    </message>
    <message>
        <source>%1 不是普通文件（是设备或管道），不会写入；请换一个文件名。</source>
        <translation>%1 不是普通檔案（是裝置或管道），不會寫入；請換一個檔案名稱。</translation>
    </message>
    <message>
        <source>%1 在本程序的数据文件夹 %2 里，总结不能放在那里（会弄坏保存的进度）；请换一个文件夹。</source>
        <translation>%1 在本程式的資料夾 %2 裏，總結不能放在那裏（會弄壞儲存的進度）；請換一個資料夾。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>（没有）</source>
        <translation>（沒有）</translation>
    </message>
    <message>
        <source>找不到名为“%1”的单位。现有的单位：%2</source>
        <translation>找不到名為「%1」的單位。現有的單位：%2</translation>
    </message>
    <message>
        <source>这个数据文件夹里还没有任何进度，没有可以导出的总结。</source>
        <translation>這個資料夾裏還沒有任何進度，沒有可以匯出的總結。</translation>
    </message>
    <message>
        <source>“%1”的进度来自更新版本的程序，本程序读不懂，不能导出它的总结；请用更新版本的程序导出。</source>
        <translation>「%1」的進度來自更新版本的程式，本程式讀不懂，不能匯出它的總結；請用更新版本的程式匯出。</translation>
    </message>
    <message>
        <source>无法写入 %1：%2。请检查文件夹是否存在、是否可写。</source>
        <translation>無法寫入 %1：%2。請檢查資料夾是否存在、是否可以寫入。</translation>
    </message>
    <message>
        <source>已导出“%1”的总结：%2（%3 页）</source>
        <translation>已匯出「%1」的總結：%2（%3 頁）</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>还在使用吗？</source>
        <translation>還在使用嗎？</translation>
    </message>
    <message>
        <source>没有人操作时，您在这里填写和选择的内容会被清除，回到开始页。还要用，请点“继续使用”。</source>
        <translation>沒有人操作時，您在這裏填寫和選擇的內容會被清除，回到開始頁。還要用，請按「繼續使用」。</translation>
    </message>
    <message>
        <source>继续使用</source>
        <translation>繼續使用</translation>
    </message>
    <message>
        <source>结束并清除</source>
        <translation>結束並清除</translation>
    </message>
    <message>
        <source>结束并清除我的信息</source>
        <translation>結束並清除我的資料</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>还剩 %1 秒</source>
        <translation>還剩 %1 秒</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>单位名称</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>登录路线</source>
        <translation>登入路線</translation>
    </message>
    <message>
        <source>当前步骤</source>
        <translation>目前步驟</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>已等天数</source>
        <translation>已等日數</translation>
    </message>
    <message>
        <source>最近更新</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>经办人手机</source>
        <translation>經辦人手機</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>昨天 %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>还没开始</source>
        <translation>還沒開始</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>單位資料</translation>
    </message>
    <message>
        <source>做：%1</source>
        <translation>做：%1</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>回答几个问题</source>
        <translation>回答幾個問題</translation>
    </message>
    <message>
        <source>等审核短信</source>
        <translation>等審核短訊</translation>
    </message>
    <message>
        <source>不用再办</source>
        <translation>不用再辦</translation>
    </message>
    <message>
        <source>请更新本程序</source>
        <translation>請更新本程式</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>%1 · 工作台</source>
        <translation>%1 · 工作台</translation>
    </message>
    <message>
        <source>工作台：全部单位</source>
        <translation>工作台：全部單位</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）：单位名称、信用代码或备注</source>
        <translation>搜尋（Ctrl+F）：單位名稱、信用代碼或備註</translation>
    </message>
    <message>
        <source>搜索单位</source>
        <translation>搜尋單位</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <source>还没开始</source>
        <translation>還沒開始</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>等待短信</source>
        <translation>等待短訊</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>按进度筛选</source>
        <translation>按進度篩選</translation>
    </message>
    <message>
        <source>等短信超过</source>
        <translation>等短訊超過</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>只看等短信超过几天的单位</source>
        <translation>只看等短訊超過幾天的單位</translation>
    </message>
    <message>
        <source>没有符合条件的单位。请换个关键字，或把筛选改回“全部单位”。</source>
        <translation>沒有符合條件的單位。請換個關鍵字，或把篩選改回「全部單位」。</translation>
    </message>
    <message>
        <source>双击一行，或选中后按 Enter，就接着办理那家单位；办完点“保存并退出”回到这里。按住 Ctrl 或 Shift 可以选中多家。</source>
        <translation>雙擊一行，或選中後按 Enter，就接着辦理那家單位；辦完按「儲存並退出」回到這裏。按住 Ctrl 或 Shift 可以選中多家。</translation>
    </message>
    <message>
        <source>继续办理选中的单位</source>
        <translation>繼續辦理選中的單位</translation>
    </message>
    <message>
        <source>＋ 新建单位</source>
        <translation>＋ 新增單位</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>匯入名單…</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 .csv 名单导入单位；导入前先预览</source>
        <translation>從 Excel（.xlsx）或 .csv 名單匯入單位；匯入前先預覽</translation>
    </message>
    <message>
        <source>导出表格…</source>
        <translation>匯出表格…</translation>
    </message>
    <message>
        <source>选中的存为 PDF…</source>
        <translation>選中的存為 PDF…</translation>
    </message>
    <message>
        <source>把选中单位的总结存成一个 PDF，每家单位从新的一页开始</source>
        <translation>把選中單位的總結存成一個 PDF，每家單位從新的一頁開始</translation>
    </message>
    <message>
        <source>截止时间：%1。</source>
        <translation>截止時間：%1。</translation>
    </message>
    <message>
        <source>今年的%1已经过了。</source>
        <translation>今年的%1已經過了。</translation>
    </message>
    <message>
        <source>按%1算，还剩 %2 天。</source>
        <translation>按%1計算，還剩 %2 天。</translation>
    </message>
    <message>
        <source>等待短信 %1 家</source>
        <translation>等待短訊 %1 家</translation>
    </message>
    <message>
        <source>（最久已等 %1 天）</source>
        <translation>（最久已等 %1 天）</translation>
    </message>
    <message>
        <source>共 %1 家单位：已完成 %2 家 · %3 · 办理中 %4 家 · 还没开始 %5 家</source>
        <translation>共 %1 家單位：已完成 %2 家 · %3 · 辦理中 %4 家 · 還沒開始 %5 家</translation>
    </message>
    <message>
        <source>按筛选显示 %1 家（共 %2 家）。</source>
        <translation>按篩選顯示 %1 家（共 %2 家）。</translation>
    </message>
    <message>
        <source>选中的 %1 家存为 PDF…</source>
        <translation>選中的 %1 家存為 PDF…</translation>
    </message>
    <message>
        <source>请先在表格里点一下要办理的单位。</source>
        <translation>請先在表格裏點一下要辦理的單位。</translation>
    </message>
    <message>
        <source>“%1”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。</source>
        <translation>「%1」的檔案來自更新版本的程式，本程式不會改動它；請更新本程式。</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>新增單位</translation>
    </message>
    <message>
        <source>创建并开始</source>
        <translation>建立並開始</translation>
    </message>
    <message>
        <source>导入单位名单</source>
        <translation>匯入單位名單</translation>
    </message>
    <message>
        <source>单位名单 (*.xlsx *.csv)</source>
        <translation>單位名單 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>已导入：新建 %1 家单位，补充了 %2 家单位的信息。</source>
        <translation>已匯入：新增 %1 家單位，補充了 %2 家單位的資料。</translation>
    </message>
    <message>
        <source>另有 %1 家没能保存：数据文件夹现在无法写入，或文件来自更新版本的程序。</source>
        <translation>另有 %1 家未能儲存：資料夾現在無法寫入，或檔案來自更新版本的程式。</translation>
    </message>
    <message>
        <source>单位名单</source>
        <translation>單位名單</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>导出表格</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>导出日期</source>
        <translation>匯出日期</translation>
    </message>
    <message>
        <source>已导出 %1 家单位到：%2。文件里有单位的信息，请妥善保管，用完删除。</source>
        <translation>已匯出 %1 家單位到：%2。檔案裏有單位的資料，請妥善保管，用完刪除。</translation>
    </message>
    <message>
        <source>请先在表格里选中要存的单位（按住 Ctrl 或 Shift 可以选中多家）。</source>
        <translation>請先在表格裏選中要存的單位（按住 Ctrl 或 Shift 可以選中多家）。</translation>
    </message>
    <message>
        <source>稳岗返还确认-%1家单位</source>
        <translation>穩崗返還確認-%1家單位</translation>
    </message>
    <message>
        <source>选中的存为 PDF</source>
        <translation>選中的存為 PDF</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>正在產生 PDF…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>稳岗返还确认：%1 家单位的进度和下一步</source>
        <translation>穩崗返還確認：%1 家單位的進度和下一步</translation>
    </message>
    <message>
        <source>已取消，没有保存 PDF。</source>
        <translation>已取消，沒有儲存 PDF。</translation>
    </message>
    <message>
        <source>没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。</source>
        <translation>未能儲存：%1。請換一個資料夾（例如「文件」或桌面）再試。</translation>
    </message>
    <message>
        <source>已把 %1 家单位的总结存成一个 PDF（%2 页）：%3</source>
        <translation>已把 %1 家單位的總結存成一個 PDF（%2 頁）：%3</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>读不出这个文件：请确认它还在，而且没有被别的程序占用。</source>
        <translation>讀不出這個檔案：請確認它還在，而且沒有被別的程式佔用。</translation>
    </message>
    <message>
        <source>这个文件太大（超过 {max_mb} MB），不像是一份单位名单。</source>
        <translation>這個檔案太大（超過 {max_mb} MB），不像是一份單位名單。</translation>
    </message>
    <message>
        <source>这个文件是空的，里面没有单位名单。</source>
        <translation>這個檔案是空的，裏面沒有單位名單。</translation>
    </message>
    <message>
        <source>这个表格设了密码：请在 Excel 里去掉密码另存一份，再导入那一份。</source>
        <translation>這個表格設了密碼：請在 Excel 裏去掉密碼另存一份，再匯入那一份。</translation>
    </message>
    <message>
        <source>这是旧版 Excel 的 .xls 文件：请在 Excel 里“另存为” .xlsx 或 .csv 再导入。</source>
        <translation>這是舊版 Excel 的 .xls 檔案：請在 Excel 裏「另存為」.xlsx 或 .csv 再匯入。</translation>
    </message>
    <message>
        <source>只能导入 Excel 的 .xlsx 文件或 .csv 文件，这个文件不是。</source>
        <translation>只能匯入 Excel 的 .xlsx 檔案或 .csv 檔案，這個檔案不是。</translation>
    </message>
    <message>
        <source>这个表格文件已损坏，打不开：请在 Excel 里打开它，另存为 .xlsx 再试。</source>
        <translation>這個表格檔案已損壞，打不開：請在 Excel 裏打開它，另存為 .xlsx 再試。</translation>
    </message>
    <message>
        <source>读不懂这个 CSV 文件的文字编码：请在 Excel 里另存为“CSV UTF-8”再导入。</source>
        <translation>讀不懂這個 CSV 檔案的文字編碼：請在 Excel 裏另存為「CSV UTF-8」再匯入。</translation>
    </message>
    <message>
        <source>前 {rows_searched} 行里没有找到“单位名称”这一列：请在名单的第一行写上“单位名称”“统一社会信用代码”等列名。</source>
        <translation>前 {rows_searched} 行裏沒有找到「單位名稱」這一欄：請在名單的第一行寫上「單位名稱」「統一社會信用代碼」等欄名。</translation>
    </message>
    <message>
        <source>表格里有列名，但下面没有一家单位。</source>
        <translation>表格裏有欄名，但下面沒有一家單位。</translation>
    </message>
    <message>
        <source>一次最多导入 {limit} 家单位，请把名单分成几个文件。</source>
        <translation>一次最多匯入 {limit} 家單位，請把名單分成幾個檔案。</translation>
    </message>
    <message>
        <source>不能存到这里：这个名字已经是一个文件夹或快捷方式，请换一个文件名。</source>
        <translation>不能存到這裏：這個名字已經是一個資料夾或捷徑，請換一個檔案名稱。</translation>
    </message>
    <message>
        <source>没能保存（{reason}）：请换一个文件夹，例如“文档”或 U 盘，再试一次。</source>
        <translation>未能儲存（{reason}）：請換一個資料夾，例如「文件」或 USB 手指，再試一次。</translation>
    </message>
    <message>
        <source>没有单位名称：这一行不导入。</source>
        <translation>沒有單位名稱：這一行不匯入。</translation>
    </message>
    <message>
        <source>单位名称太长：只保留前 {limit} 个字。</source>
        <translation>單位名稱太長：只保留前 {limit} 個字。</translation>
    </message>
    <message>
        <source>联系人太长：只保留前 {limit} 个字。</source>
        <translation>聯絡人太長：只保留前 {limit} 個字。</translation>
    </message>
    <message>
        <source>备注太长：只保留前 {limit} 个字。</source>
        <translation>備註太長：只保留前 {limit} 個字。</translation>
    </message>
    <message>
        <source>统一社会信用代码：{messages}</source>
        <translation>統一社會信用代碼：{messages}</translation>
    </message>
    <message>
        <source>信用代码一栏像是身份证号码：没有导入（本程序不保存身份证号码）。</source>
        <translation>信用代碼一欄像是身份證號碼：沒有匯入（本程式不保存身份證號碼）。</translation>
    </message>
    <message>
        <source>统一社会信用代码太长：没有导入，请核对。</source>
        <translation>統一社會信用代碼太長：沒有匯入，請核對。</translation>
    </message>
    <message>
        <source>统一社会信用代码在表格里存成了数字，可能少了位数：请核对。</source>
        <translation>統一社會信用代碼在表格裏存成了數字，可能少了位數：請核對。</translation>
    </message>
    <message>
        <source>手机号码：{messages}</source>
        <translation>手機號碼：{messages}</translation>
    </message>
    <message>
        <source>手机号码太长：没有导入。</source>
        <translation>手機號碼太長：沒有匯入。</translation>
    </message>
    <message>
        <source>信用代码和已有的“{existing_name}”相同，名称不同：合并到它，名称不改。</source>
        <translation>信用代碼和已有的「{existing_name}」相同，名稱不同：合併到它，名稱不改。</translation>
    </message>
    <message>
        <source>信用代码和第 {line} 行相同，名称不同：并到第 {line} 行那家。</source>
        <translation>信用代碼和第 {line} 行相同，名稱不同：併到第 {line} 行那家。</translation>
    </message>
    <message>
        <source>和已有的“{existing_name}”同名，但信用代码不同：这一行不导入，请核对代码。</source>
        <translation>和已有的「{existing_name}」同名，但信用代碼不同：這一行不匯入，請核對代碼。</translation>
    </message>
    <message>
        <source>和第 {line} 行同名，但信用代码不同：这一行不导入，请核对代码。</source>
        <translation>和第 {line} 行同名，但信用代碼不同：這一行不匯入，請核對代碼。</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>单位信息 · 可以不填</source>
        <translation>單位資料 · 可以不填</translation>
    </message>
    <message>
        <source>记下单位信息（可以跳过）</source>
        <translation>記下單位資料（可以跳過）</translation>
    </message>
    <message>
        <source>这些信息只用在两个地方：最后的总结页；申请单位授权码时，帮您查到本单位。</source>
        <translation>這些資料只用在兩個地方：最後的總結頁；申請單位授權碼時，幫您查到本單位。</translation>
    </message>
    <message>
        <source>填好或改好后，点右下角的“保存并返回”。</source>
        <translation>填好或改好後，按右下角的「儲存並返回」。</translation>
    </message>
    <message>
        <source>都可以不填：不想填，就点右下角的“跳过这一页”。</source>
        <translation>都可以不填：不想填，就按右下角的「跳過這一頁」。</translation>
    </message>
    <message>
        <source>在自助机上，这些信息只在这次使用中保留，结束时全部清除。这里不要填密码、验证码或身份证号码。</source>
        <translation>在自助機上，這些資料只在這次使用中保留，結束時全部清除。這裏不要填密碼、驗證碼或身份證號碼。</translation>
    </message>
    <message>
        <source>只保存在这台电脑上。这里不要填密码、验证码或身份证号码。</source>
        <translation>只儲存在這部電腦上。這裏不要填密碼、驗證碼或身份證號碼。</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>和营业执照上的名称一样</source>
        <translation>和營業執照上的名稱一樣</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>18 位代码，由数字和大写字母组成，一般印在营业执照上</source>
        <translation>18 位代碼，由數字和大寫字母組成，一般印在營業執照上</translation>
    </message>
    <message>
        <source>营业执照是旧版、没有 18 位代码？</source>
        <translation>營業執照是舊版、沒有 18 位代碼？</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>組織機構代碼</translation>
    </message>
    <message>
        <source>旧证上的 9 位代码，印作“12345678-9”的样子；短横可以不输</source>
        <translation>舊證上的 9 位代碼，印作「12345678-9」的樣子；短橫可以不輸入</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>單位管理碼</translation>
    </message>
    <message>
        <source>社保经办机构给单位的编码。不知道就不填</source>
        <translation>社保經辦機構給單位的編碼。不知道就不填</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>經辦人姓名</translation>
    </message>
    <message>
        <source>实际在网上办事的人</source>
        <translation>實際在網上辦事的人</translation>
    </message>
    <message>
        <source>经办人手机</source>
        <translation>經辦人手機</translation>
    </message>
    <message>
        <source>11 位手机号码。按官方指引，授权码审核办结后会短信通知经办人</source>
        <translation>11 位手機號碼。按官方指引，授權碼審批辦結後會以短訊通知經辦人</translation>
    </message>
    <message>
        <source>保存并返回(&amp;N)</source>
        <translation>儲存並返回(&amp;N)</translation>
    </message>
    <message>
        <source>跳过这一页(&amp;N)</source>
        <translation>跳過這一頁(&amp;N)</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>您填的：%1</source>
        <translation>您填的：%1</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>出了一个意外的问题</source>
        <translation>出了一個意外的問題</translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，没能启动。已经保存的进度不受影响。</source>
        <translation>程式遇到了一個意外的問題，沒能啟動。已經儲存的進度不受影響。</translation>
    </message>
    <message>
        <source>请再打开一次；如果还是不行，请联系技术支持。</source>
        <translation>請再開啟一次；如果還是不行，請聯絡技術支援。</translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，刚才的操作可能没有完成。</source>
        <translation>程式遇到了一個意外的問題，剛才的操作可能沒有完成。</translation>
    </message>
    <message>
        <source>可以继续使用。如果问题再次出现，请告诉工作人员。</source>
        <translation>可以繼續使用。如果問題再次出現，請告訴工作人員。</translation>
    </message>
    <message>
        <source>您的进度已经保存，可以继续使用。</source>
        <translation>您的進度已經儲存，可以繼續使用。</translation>
    </message>
    <message>
        <source>最近的修改可能没有保存，请检查后再继续。</source>
        <translation>最近的修改可能沒有儲存，請檢查後再繼續。</translation>
    </message>
    <message>
        <source>如果问题再次出现，请关闭程序后重新打开。</source>
        <translation>如果問題再次出現，請關閉程式後重新開啟。</translation>
    </message>
    <message>
        <source>问题已经记录在这个文件里：%1
联系技术支持时，请把它发给他们（里面没有单位名称、代码、手机号码或密码）。</source>
        <translation>問題已經記錄在這個檔案裏：%1
聯絡技術支援時，請把它發給他們（裏面沒有單位名稱、代碼、手機號碼或密碼）。</translation>
    </message>
    <message>
        <source>稳岗返还确认向导</source>
        <translation>穩崗返還確認嚮導</translation>
    </message>
    <message>
        <source>命令行选项有误，程序没有启动。正确的用法如下：</source>
        <translation>命令列選項有誤，程式沒有啟動。正確的用法如下：</translation>
    </message>
    <message>
        <source>管理员设置文件 %1 无法使用：%2。

为了安全，程序以自助机模式运行：不保存任何信息，不打开浏览器，不打印。请改正或删除这个文件，然后重新启动程序。</source>
        <translation>管理員設定檔 %1 無法使用：%2。

為了安全，程式以自助機模式運行：不儲存任何資料，不開啟瀏覽器，不列印。請改正或刪除這個檔案，然後重新啟動程式。</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>已收起</source>
        <translation>已收起</translation>
    </message>
</context>
<context>
    <name>DisplayRow</name>
    <message>
        <source>文字大小：</source>
        <translation>文字大小：</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>缩小文字</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>缩小文字（Ctrl+减号）</source>
        <translation>縮小文字（Ctrl+減號）</translation>
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
        <translation>放大文字</translation>
    </message>
    <message>
        <source>放大文字（Ctrl+等号）</source>
        <translation>放大文字（Ctrl+等號）</translation>
    </message>
    <message>
        <source>现在是 %1%</source>
        <translation>現在是 %1%</translation>
    </message>
    <message>
        <source>高对比度</source>
        <translation>高對比度</translation>
    </message>
    <message>
        <source>黑白分明、边框更粗（Ctrl+Shift+H）</source>
        <translation>黑白分明、邊框更粗（Ctrl+Shift+H）</translation>
    </message>
</context>
<context>
    <name>EmployerSummary</name>
    <message>
        <source>单位名称</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>組織機構代碼</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>單位管理碼</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>没有填写（可以不填）。</source>
        <translation>沒有填寫（可以不填）。</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>填写</source>
        <translation>填寫</translation>
    </message>
    <message>
        <source>修改单位信息</source>
        <translation>修改單位資料</translation>
    </message>
    <message>
        <source>填写单位信息</source>
        <translation>填寫單位資料</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>导出表格</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>导出现在表格里显示的 %1 家单位：按现在的筛选和排序，列和表格一样，另加导出日期。</source>
        <translation>匯出現在表格裏顯示的 %1 家單位：按現在的篩選和排序，欄和表格一樣，另加匯出日期。</translation>
    </message>
    <message>
        <source>Excel 表格（.xlsx）</source>
        <translation>Excel 表格（.xlsx）</translation>
    </message>
    <message>
        <source>CSV 文件（.csv，用 Excel 也能打开）</source>
        <translation>CSV 檔案（.csv，用 Excel 也能打開）</translation>
    </message>
    <message>
        <source>也导出经办人的手机号码</source>
        <translation>也匯出經辦人的手機號碼</translation>
    </message>
    <message>
        <source>选择保存位置并导出…</source>
        <translation>選擇儲存位置並匯出…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>这个文件里有单位的名称、信用代码、办理进度和经办人的手机号码，都是需要保护的信息：只交给需要的人，不要发到群里，用完请删除。</source>
        <translation>這個檔案裏有單位的名稱、信用代碼、辦理進度和經辦人的手機號碼，都是需要保護的資料：只交給需要的人，不要發到群組，用完請刪除。</translation>
    </message>
    <message>
        <source>这个文件里有单位的名称、信用代码和办理进度，都是需要保护的信息：只交给需要的人，不要发到群里，用完请删除。</source>
        <translation>這個檔案裏有單位的名稱、信用代碼和辦理進度，都是需要保護的資料：只交給需要的人，不要發到群組，用完請刪除。</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>保存的申请日期是 %1，在今天之后，不可能是申请的日子。请在下面改成实际申请的日期。</source>
        <translation>儲存的申請日期是 %1，在今天之後，不可能是申請的日子。請在下面改成實際申請的日期。</translation>
    </message>
    <message>
        <source>申请日期（用来计算等待了几天）：</source>
        <translation>申請日期（用來計算等了幾天）：</translation>
    </message>
    <message>
        <source>先关闭程序，收到短信再回来</source>
        <translation>先關閉程式，收到短訊再回來</translation>
    </message>
    <message>
        <source>如果记得，请选您申请的日期（用来计算等待了几天）：</source>
        <translation>如果記得，請選擇您申請的日期（用來計算等了幾天）：</translation>
    </message>
    <message>
        <source>核对银行账户时，看户名是否和单位名称“%1”一致；据报道，户名不一致可能导致返还款发放失败。拿不准的，问所属社保经办机构。</source>
        <translation>核對銀行帳戶時，看戶名是否和單位名稱「%1」一致；據報道，戶名不一致可能導致返還款發放失敗。拿不準的，問所屬社保經辦機構。</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件不存在</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>这不是一个普通文件（是文件夹、设备或管道）</source>
        <translation>這不是一個普通檔案（是資料夾、裝置或管道）</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>文件太大，不是本程序用的文件</source>
        <translation>檔案太大，不是本程式用的檔案</translation>
    </message>
    <message>
        <source>无法读取：文字编码不对（请存为 UTF-8）</source>
        <translation>無法讀取：文字編碼不對（請存為 UTF-8）</translation>
    </message>
    <message>
        <source>JSON 格式错误：第 %1 行第 %2 列：%3</source>
        <translation>JSON 格式錯誤：第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>JSON 格式错误：括号嵌套的层数太多</source>
        <translation>JSON 格式錯誤：括號嵌套的層數太多</translation>
    </message>
    <message>
        <source>JSON 格式错误：有一个数字太长</source>
        <translation>JSON 格式錯誤：有一個數字太長</translation>
    </message>
    <message>
        <source>JSON 格式错误：NaN 和 Infinity 不是 JSON 的数字</source>
        <translation>JSON 格式錯誤：NaN 和 Infinity 不是 JSON 的數字</translation>
    </message>
    <message>
        <source>JSON 格式错误：同一处有两个“%1”</source>
        <translation>JSON 格式錯誤：同一處有兩個「%1」</translation>
    </message>
    <message>
        <source>最外层应该是一个对象 {...}</source>
        <translation>最外層應該是一個物件 {...}</translation>
    </message>
    <message>
        <source>“%1”的值不对：%2</source>
        <translation>「%1」的值不對：%2</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>稍后再做</source>
        <translation>稍後再做</translation>
    </message>
    <message>
        <source>保存并退出</source>
        <translation>儲存並退出</translation>
    </message>
    <message>
        <source>先跳过这一步，以后再回来做</source>
        <translation>先跳過這一步，之後再回來做</translation>
    </message>
    <message>
        <source>语言 Language</source>
        <translation>語言 Language</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>切换语言（Ctrl+L）：%1</source>
        <translation>切換語言（Ctrl+L）：%1</translation>
    </message>
    <message>
        <source>切换语言</source>
        <translation>切換語言</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>帮助</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>遇到问题时找谁，程序的版本和信息（F1：这一页的帮助）</source>
        <translation>遇到問題時找誰，程式的版本和資料（F1：這一頁的說明）</translation>
    </message>
    <message>
        <source>帮助和程序信息</source>
        <translation>說明和程式資料</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>导入单位名单：先看一看</source>
        <translation>匯入單位名單：先看一看</translation>
    </message>
    <message>
        <source>%1（工作表“%2”）</source>
        <translation>%1（工作表「%2」）</translation>
    </message>
    <message>
        <source>%1：会新建 %2 家单位，补充 %3 家已有单位的信息（只填空着的，不改名称），%4 行要核对，%5 行不导入。</source>
        <translation>%1：會新增 %2 家單位，補充 %3 家已有單位的資料（只填空着的，不改名稱），%4 行要核對，%5 行不匯入。</translation>
    </message>
    <message>
        <source>现在还没有保存任何东西：看过下面的表，点“导入”才保存；点“取消”什么都不改。</source>
        <translation>現在還沒有儲存任何東西：看過下面的表，按「匯入」才儲存；按「取消」甚麼都不改。</translation>
    </message>
    <message>
        <source>只看要核对和不导入的行</source>
        <translation>只看要核對和不匯入的行</translation>
    </message>
    <message>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <source>会怎样</source>
        <translation>會怎樣</translation>
    </message>
    <message>
        <source>要核对的地方</source>
        <translation>要核對的地方</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>导入预览：每一行会怎样</source>
        <translation>匯入預覽：每一行會怎樣</translation>
    </message>
    <message>
        <source>导入（新建 %1 家，补充 %2 家）</source>
        <translation>匯入（新增 %1 家，補充 %2 家）</translation>
    </message>
    <message>
        <source>取消，不导入</source>
        <translation>取消，不匯入</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>补充已有单位</source>
        <translation>補充已有單位</translation>
    </message>
    <message>
        <source>和第 %1 行是同一家</source>
        <translation>和第 %1 行是同一家</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>补充到“%1”。</source>
        <translation>補充到「%1」。</translation>
    </message>
    <message>
        <source>没有要核对的地方。</source>
        <translation>沒有要核對的地方。</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>InlineQr</name>
    <message>
        <source>二维码：%1</source>
        <translation>二維碼：%1</translation>
    </message>
    <message>
        <source>用手机扫描这个二维码，会打开 %1</source>
        <translation>用手機掃描這個二維碼，會打開 %1</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>本程序已经在使用这个数据文件夹（%1），不能同时打开两个。请找到已经打开的窗口继续使用；如果找不到，请重新启动电脑后再打开。</source>
        <translation>本程式已經在使用這個資料夾（%1），不能同時打開兩個。請找到已經打開的視窗繼續使用；如果找不到，請重新啟動電腦後再打開。</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>您的路线：%1</source>
        <translation>您的路線：%1</translation>
    </message>
    <message>
        <source>您的进度</source>
        <translation>您的進度</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <source>稍后再做的步骤，点它的名字就能回去做。</source>
        <translation>稍後再做的步驟，按它的名字就能回去做。</translation>
    </message>
    <message>
        <source>⚠ 另一个窗口也打开了这个数据文件夹。为了不互相覆盖，这里的改动从现在起不再保存。请关闭这个窗口，到另一个窗口继续。</source>
        <translation>⚠ 另一個視窗也打開了這個資料夾。為了不互相覆蓋，這裏的改動從現在起不再儲存。請關閉這個視窗，到另一個視窗繼續。</translation>
    </message>
    <message>
        <source>⚠ 进度现在无法保存（文件夹不可写或磁盘已满）。程序每 10 秒重试一次；已保存的进度不受影响。请先不要关闭程序，或请工作人员检查。</source>
        <translation>⚠ 進度現在無法儲存（資料夾不可寫入或磁碟已滿）。程式每 10 秒重試一次；已儲存的進度不受影響。請先不要關閉程式，或請工作人員檢查。</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>管理员设置有误</source>
        <translation>管理員設定有誤</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>这台电脑现在没有联网：请用手机扫码打开</source>
        <translation>這部電腦現在沒有連接網絡：請用手機掃碼開啟</translation>
    </message>
    <message>
        <source>在浏览器打开</source>
        <translation>在瀏覽器開啟</translation>
    </message>
    <message>
        <source>在浏览器打开：%1</source>
        <translation>在瀏覽器開啟：%1</translation>
    </message>
    <message>
        <source>复制链接</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>复制链接：%1</source>
        <translation>複製連結：%1</translation>
    </message>
    <message>
        <source>用手机打开</source>
        <translation>用手機開啟</translation>
    </message>
    <message>
        <source>用手机打开（显示二维码）：%1</source>
        <translation>用手機開啟（顯示二維碼）：%1</translation>
    </message>
    <message>
        <source>显示二维码，用手机扫码打开这个网页</source>
        <translation>顯示二維碼，用手機掃碼開啟這個網頁</translation>
    </message>
    <message>
        <source>用手机的相机或微信“扫一扫”扫下面的二维码，在手机上打开这个网页：</source>
        <translation>用手機的相機或微信「掃一掃」掃下面的二維碼，在手機上打開這個網頁：</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>这个链接的网址不安全，已隐藏。</source>
        <translation>這個連結的網址不安全，已隱藏。</translation>
    </message>
</context>
<context>
    <name>NextPrompt</name>
    <message>
        <source>这一步做完了吗？</source>
        <translation>這一步做完了嗎？</translation>
    </message>
    <message>
        <source>您还没有勾选“我已完成这一步”。</source>
        <translation>您還沒有勾選「我已完成這一步」。</translation>
    </message>
    <message>
        <source>做完了，勾选并继续</source>
        <translation>做完了，勾選並繼續</translation>
    </message>
    <message>
        <source>还没做完，稍后再做</source>
        <translation>還沒做完，稍後再做</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>本页内容</source>
        <translation>本頁內容</translation>
    </message>
    <message>
        <source>用上下方向键滚动</source>
        <translation>用上下方向鍵捲動</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>适合窗口</source>
        <translation>配合視窗</translation>
    </message>
    <message>
        <source>原始大小 100%</source>
        <translation>原始大小 100%</translation>
    </message>
    <message>
        <source>放大到 200%</source>
        <translation>放大到 200%</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 · 滚动鼠标滚轮缩放，按住拖动可移动图片，按 Esc 键关闭</source>
        <translation>%1 · 轉動滑鼠滾輪縮放，按住拖動可移動圖片，按 Esc 鍵關閉</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>（当前单位）</source>
        <translation>（目前單位）</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>繼續辦理</translation>
    </message>
    <message>
        <source>继续办理：%1</source>
        <translation>繼續辦理：%1</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>改名：%1</source>
        <translation>改名：%1</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>导出：%1</source>
        <translation>匯出：%1</translation>
    </message>
    <message>
        <source>存成一个文件，可以拿到另一台电脑上导入</source>
        <translation>存成一個檔案，可以拿到另一部電腦上匯入</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>删除：%1</source>
        <translation>刪除：%1</translation>
    </message>
    <message>
        <source>确定要删除“%1”吗？这家单位的全部回答和进度都会删除，不能恢复。</source>
        <translation>確定要刪除「%1」嗎？這家單位的全部回答和進度都會刪除，不能復原。</translation>
    </message>
    <message>
        <source>确定删除</source>
        <translation>確定刪除</translation>
    </message>
    <message>
        <source>确定删除“%1”</source>
        <translation>確定刪除「%1」</translation>
    </message>
    <message>
        <source>不删除</source>
        <translation>不刪除</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>单位名称（必填）</source>
        <translation>單位名稱（必填）</translation>
    </message>
    <message>
        <source>例如：广州市某某餐饮有限公司</source>
        <translation>例如：廣州市某某餐飲有限公司</translation>
    </message>
    <message>
        <source>统一社会信用代码（可不填）</source>
        <translation>統一社會信用代碼（可不填）</translation>
    </message>
    <message>
        <source>18 位，一般印在营业执照上</source>
        <translation>18 位，一般印在營業執照上</translation>
    </message>
    <message>
        <source>备注（可不填）</source>
        <translation>備註（可不填）</translation>
    </message>
    <message>
        <source>例如：联系人、下次来的日期</source>
        <translation>例如：聯絡人、下次來的日期</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>请填写单位名称。</source>
        <translation>請填寫單位名稱。</translation>
    </message>
    <message>
        <source>统一社会信用代码好像不对：应是 18 位数字和大写字母，请对照营业执照核对；不清楚可以空着不填。</source>
        <translation>統一社會信用代碼好像不對：應是 18 位數字和大寫字母，請對照營業執照核對；不清楚可以留空。</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>为哪家单位办理？（共 %1 家）</source>
        <translation>為哪家單位辦理？（共 %1 家）</translation>
    </message>
    <message>
        <source>点“继续办理”接着做那家单位。每家单位的进度分开保存，随时自动保存。</source>
        <translation>按「繼續辦理」接著做那家單位。每家單位的進度分開儲存，隨時自動儲存。</translation>
    </message>
    <message>
        <source>＋ 新建单位</source>
        <translation>＋ 新增單位</translation>
    </message>
    <message>
        <source>导入单位文件…</source>
        <translation>匯入單位檔案…</translation>
    </message>
    <message>
        <source>导入在另一台电脑上“导出”的单位文件</source>
        <translation>匯入在另一部電腦上「匯出」的單位檔案</translation>
    </message>
    <message>
        <source>搜索：单位名称或信用代码</source>
        <translation>搜尋：單位名稱或信用代碼</translation>
    </message>
    <message>
        <source>创建并开始</source>
        <translation>建立並開始</translation>
    </message>
    <message>
        <source>替换原来的</source>
        <translation>取代原來的</translation>
    </message>
    <message>
        <source>两个都保留</source>
        <translation>兩個都保留</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>搜索单位</source>
        <translation>搜尋單位</translation>
    </message>
    <message>
        <source>正在办理的单位</source>
        <translation>正在辦理的單位</translation>
    </message>
    <message>
        <source>要换一家单位，请回到工作台：那里有全部 %1 家单位的进度。</source>
        <translation>要換一家單位，請回到工作台：那裏有全部 %1 家單位的進度。</translation>
    </message>
    <message>
        <source>回到工作台</source>
        <translation>回到工作台</translation>
    </message>
    <message>
        <source>没有找到。请换个关键字，或清空搜索框。</source>
        <translation>找不到。請換個關鍵字，或清空搜尋框。</translation>
    </message>
    <message>
        <source>这家单位的文件来自更新版本的程序，本程序不会改动它。请更新本程序后再办理。</source>
        <translation>這家單位的檔案來自較新版本的程式，本程式不會改動它。請更新本程式後再辦理。</translation>
    </message>
    <message>
        <source>已完成 %1/%2 步</source>
        <translation>已完成 %1/%2 步</translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>没能改名：数据文件夹现在无法写入。</source>
        <translation>未能改名：資料夾現在無法寫入。</translation>
    </message>
    <message>
        <source>已保存：“%1”。</source>
        <translation>已儲存：「%1」。</translation>
    </message>
    <message>
        <source>没能删除“%1”：数据文件夹现在无法写入。</source>
        <translation>未能刪除「%1」：資料夾現在無法寫入。</translation>
    </message>
    <message>
        <source>已删除“%1”。</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <source>没能导出：这个位置无法写入，请换一个文件夹（例如 U 盘或“文档”）。</source>
        <translation>未能匯出：這個位置無法寫入，請換一個資料夾（例如 USB 手指或「文件」）。</translation>
    </message>
    <message>
        <source>已把“%1”导出到：%2。在另一台电脑上用“导入单位文件”打开它。</source>
        <translation>已把「%1」匯出到：%2。在另一部電腦上用「匯入單位檔案」打開它。</translation>
    </message>
    <message>
        <source>已经有一家叫“%1”的单位。要用导入的进度替换原来的，还是两个都保留？（都保留时，导入的那家名字后面加上编号。）</source>
        <translation>已經有一家叫「%1」的單位。要用匯入的進度取代原來的，還是兩個都保留？（都保留時，匯入的那家名字後面加上編號。）</translation>
    </message>
    <message>
        <source>已导入“%1”。</source>
        <translation>已匯入「%1」。</translation>
    </message>
    <message>
        <source>导出单位进度</source>
        <translation>匯出單位進度</translation>
    </message>
    <message>
        <source>单位进度文件 (*.json)</source>
        <translation>單位進度檔案 (*.json)</translation>
    </message>
    <message>
        <source>导入单位文件</source>
        <translation>匯入單位檔案</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>用手机打开：%1</source>
        <translation>用手機開啟：%1</translation>
    </message>
    <message>
        <source>用手机的相机或微信“扫一扫”对准下面的二维码，就能在手机上打开这个网页。</source>
        <translation>用手機的相機或微信「掃一掃」對準下面的二維碼，就能在手機上開啟這個網頁。</translation>
    </message>
    <message>
        <source>二维码：%1</source>
        <translation>二維碼：%1</translation>
    </message>
    <message>
        <source>用手机扫描这个二维码，会打开 %1</source>
        <translation>用手機掃描這個二維碼，會開啟 %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
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
        <translation>了解您的情況 · 第 %1 個問題，共約 %2 個</translation>
    </message>
    <message>
        <source>怎么查？</source>
        <translation>怎樣查？</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>您的登录路线</source>
        <translation>您的登入路線</translation>
    </message>
    <message>
        <source>请走：%1</source>
        <translation>請走：%1</translation>
    </message>
    <message>
        <source>要做的步骤（共 %1 步）</source>
        <translation>要做的步驟（共 %1 步）</translation>
    </message>
    <message>
        <source>可以跳过的步骤</source>
        <translation>可以跳過的步驟</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>走这条路线要准备什么？</source>
        <translation>走這條路線要準備甚麼？</translation>
    </message>
    <message>
        <source>想换一条路线？</source>
        <translation>想換一條路線？</translation>
    </message>
    <message>
        <source>（推荐）</source>
        <translation>（推薦）</translation>
    </message>
</context>
<context>
    <name>SearchCodesBox</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>组织机构代码</source>
        <translation>組織機構代碼</translation>
    </message>
    <message>
        <source>单位管理码</source>
        <translation>單位管理碼</translation>
    </message>
    <message>
        <source>查询单位时可以用：统一社会信用代码（18 位，一般印在营业执照上）、组织机构代码或单位管理码，任选一种。
您还没有记下单位的代码。现在填上，到这一步就能直接复制。</source>
        <translation>查詢單位時可以用：統一社會信用代碼（18 位，一般印在營業執照上）、組織機構代碼或單位管理碼，任選一種。
您還沒有記下單位的代碼。現在填上，到這一步就能直接複製。</translation>
    </message>
    <message>
        <source>填写单位信息</source>
        <translation>填寫單位資料</translation>
    </message>
    <message>
        <source>查询单位时可以用：</source>
        <translation>查詢單位時可以用：</translation>
    </message>
    <message>
        <source>（先用这个查）</source>
        <translation>（先用這個查）</translation>
    </message>
    <message>
        <source>（查不到时再试）</source>
        <translation>（查不到時再試）</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>复制%1：%2</source>
        <translation>複製%1：%2</translation>
    </message>
    <message>
        <source>修改单位信息</source>
        <translation>修改單位資料</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>StaffExitDialog</name>
    <message>
        <source>工作人员退出自助机模式</source>
        <translation>工作人員退出自助機模式</translation>
    </message>
    <message>
        <source>工作人员 PIN</source>
        <translation>工作人員 PIN</translation>
    </message>
    <message>
        <source>退出自助机模式</source>
        <translation>退出自助機模式</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>请输入工作人员 PIN：</source>
        <translation>請輸入工作人員 PIN：</translation>
    </message>
    <message>
        <source>这台自助机没有设置工作人员 PIN（admin.json 里的 pin_hash），所以不能在程序里退出。设置方法见使用说明。</source>
        <translation>這部自助機沒有設定工作人員 PIN（admin.json 裏的 pin_hash），所以不能在程式內退出。設定方法見使用說明。</translation>
    </message>
    <message>
        <source>里面有中文、全角等非英文字符</source>
        <translation>裏面有中文、全形等非英文字元</translation>
    </message>
    <message>
        <source>应当是用 $ 隔开的四段</source>
        <translation>應當是用 $ 隔開的四段</translation>
    </message>
    <message>
        <source>开头不是 pbkdf2_sha256</source>
        <translation>開頭不是 pbkdf2_sha256</translation>
    </message>
    <message>
        <source>第二段的次数应在 10000 到 1000000 之间</source>
        <translation>第二段的次數應在 10000 到 1000000 之間</translation>
    </message>
    <message>
        <source>第三段不是 16 到 128 位的十六进制数</source>
        <translation>第三段不是 16 到 128 位的十六進制數</translation>
    </message>
    <message>
        <source>第四段不是 64 位的十六进制数</source>
        <translation>第四段不是 64 位的十六進制數</translation>
    </message>
    <message>
        <source>admin.json 里的 pin_hash 不是 --hash-pin 生成的值（%1），所以不能在程序里退出。请管理员用 --hash-pin 重新生成后写进 admin.json。</source>
        <translation>admin.json 裏的 pin_hash 不是 --hash-pin 產生的值（%1），所以不能在程式裏退出。請管理員用 --hash-pin 重新產生後寫進 admin.json。</translation>
    </message>
    <message>
        <source>PIN 错误次数太多。请 %1 分钟后再试。</source>
        <translation>PIN 錯誤次數太多。請 %1 分鐘後再試。</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>正在核對…</translation>
    </message>
    <message>
        <source>PIN 不对，请再试。</source>
        <translation>PIN 不對，請再試。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>第 %1 步，共 %2 步 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <source>怎么做：</source>
        <translation>怎樣做：</translation>
    </message>
    <message>
        <source>遇到问题？</source>
        <translation>遇到問題？</translation>
    </message>
    <message>
        <source>为什么有这一步：%1</source>
        <translation>為甚麼有這一步：%1</translation>
    </message>
    <message>
        <source>我已完成这一步</source>
        <translation>我已完成這一步</translation>
    </message>
    <message>
        <source>我已完成这一步：%1</source>
        <translation>我已完成這一步：%1</translation>
    </message>
    <message>
        <source>查下来单位没有法人账号，或者账号不到四级（L2）、又没有网银证书和电子营业执照？那就改走“%1”。</source>
        <translation>查過後發現單位沒有法人帳戶，或者帳戶不到四級（L2）、又沒有網上銀行證書和電子營業執照？那就改走「%1」。</translation>
    </message>
    <message>
        <source>改走“%1”</source>
        <translation>改走「%1」</translation>
    </message>
    <message>
        <source>现在：%1</source>
        <translation>現在：%1</translation>
    </message>
</context>
<context>
    <name>StepPicture</name>
    <message>
        <source>点击图片可以放大查看</source>
        <translation>按一下圖片可以放大查看</translation>
    </message>
    <message>
        <source>（这一步没有图片）</source>
        <translation>（這一步沒有圖片）</translation>
    </message>
    <message>
        <source>没有图片</source>
        <translation>沒有圖片</translation>
    </message>
    <message>
        <source>实际截图 · 文件日期 %1</source>
        <translation>實際截圖 · 檔案日期 %1</translation>
    </message>
    <message>
        <source>实际截图：%1</source>
        <translation>實際截圖：%1</translation>
    </message>
    <message>
        <source>示意图（不是真实截图）· 红框里的数字对应上面的步骤</source>
        <translation>示意圖（不是真實截圖）· 紅框裏的數字對應上面的步驟</translation>
    </message>
    <message>
        <source>示意图：%1</source>
        <translation>示意圖：%1</translation>
    </message>
    <message>
        <source>%1 · 点击图片可以放大</source>
        <translation>%1 · 按一下圖片可以放大</translation>
    </message>
    <message>
        <source>%1（按回车键放大）</source>
        <translation>%1（按 Enter 鍵放大）</translation>
    </message>
    <message>
        <source>实际截图（文件日期 %1）：%2。%3</source>
        <translation>實際截圖（檔案日期 %1）：%2。%3</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>稳岗返还确认：进度和下一步</source>
        <translation>穩崗返還確認：進度和下一步</translation>
    </message>
    <message>
        <source>内容版本：%1</source>
        <translation>內容版本：%1</translation>
    </message>
    <message>
        <source>单位：%1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <source>统一社会信用代码：%1</source>
        <translation>統一社會信用代碼：%1</translation>
    </message>
    <message>
        <source>截止时间：%1。%2</source>
        <translation>截止時間：%1。%2</translation>
    </message>
    <message>
        <source>登录路线：%1</source>
        <translation>登入路線：%1</translation>
    </message>
    <message>
        <source>各步骤的状态</source>
        <translation>各步驟的狀態</translation>
    </message>
    <message>
        <source>单位信息</source>
        <translation>單位資料</translation>
    </message>
    <message>
        <source>您的回答</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>生成日期：%1</source>
        <translation>產生日期：%1</translation>
    </message>
    <message>
        <source>登录网址：%1</source>
        <translation>登入網址：%1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>还要做的步骤：</source>
        <translation>還要做的步驟：</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>登录网址</source>
        <translation>登入網址</translation>
    </message>
    <message>
        <source>用手机扫左边的二维码，也能打开登录页。</source>
        <translation>用手機掃描左邊的二維碼，也能開啟登入頁。</translation>
    </message>
    <message>
        <source>还要做的步骤</source>
        <translation>還要做的步驟</translation>
    </message>
</context>
<context>
    <name>SummaryActions</name>
    <message>
        <source>保存为 PDF</source>
        <translation>儲存為 PDF</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>没能保存：%1。请换一个文件夹（例如“文档”或桌面）再试。</source>
        <translation>未能儲存：%1。請換一個資料夾（例如「文件」或桌面）再試。</translation>
    </message>
    <message>
        <source>已保存（%1 页）：%2</source>
        <translation>已儲存（%1 頁）：%2</translation>
    </message>
    <message>
        <source>没能打印：%1</source>
        <translation>未能列印：%1</translation>
    </message>
    <message>
        <source>已发送到打印机（%1 页）。</source>
        <translation>已傳送到打印機（%1 頁）。</translation>
    </message>
    <message>
        <source>已复制，可以粘贴到微信或文档里。</source>
        <translation>已複製，可以貼到微信或文件裏。</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>生成日期：%1</source>
        <translation>產生日期：%1</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>总结</source>
        <translation>總結</translation>
    </message>
    <message>
        <source>您的进度和下一步</source>
        <translation>您的進度和下一步</translation>
    </message>
    <message>
        <source>现在的回答：%1</source>
        <translation>現在的回答：%1</translation>
    </message>
    <message>
        <source>保存或打印这份总结，下次办理时带上：</source>
        <translation>儲存或列印這份總結，下次辦理時帶上：</translation>
    </message>
    <message>
        <source>办完了？点下面的按钮，您在这台自助机上填写和选择的内容会全部清除，回到开始页。</source>
        <translation>辦完了？按下面的按鈕，您在這部自助機上填寫和選擇的內容會全部清除，回到開始頁。</translation>
    </message>
    <message>
        <source>完成并清除我的信息</source>
        <translation>完成並清除我的資料</translation>
    </message>
    <message>
        <source>打印这份总结，下次办理时带上：</source>
        <translation>列印這份總結，下次辦理時帶上：</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>修改：%1</source>
        <translation>修改：%1</translation>
    </message>
</context>
<context>
    <name>TaskLink</name>
    <message>
        <source>按回车键转到这一页</source>
        <translation>按 Enter 鍵轉到這一頁</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>这是公共自助机。您填写和选择的内容只在这次使用中保留：办完后请在总结页点“完成并清除我的信息”；一段时间没有操作，也会自动清除。</source>
        <translation>這是公共自助機。您填寫和選擇的內容只在這次使用中保留：辦完後請在總結頁按「完成並清除我的資料」；一段時間沒有操作，也會自動清除。</translation>
    </message>
    <message>
        <source>为另一家单位办理</source>
        <translation>為另一家單位辦理</translation>
    </message>
    <message>
        <source>请先准备好：</source>
        <translation>請先準備好：</translation>
    </message>
    <message>
        <source>按您的情况（%1），请先准备好：</source>
        <translation>按您的情況（%1），請先準備好：</translation>
    </message>
    <message>
        <source>需要多长时间：</source>
        <translation>需要多少時間：</translation>
    </message>
    <message>
        <source>截止时间：%1。%2</source>
        <translation>截止時間：%1。%2</translation>
    </message>
    <message>
        <source>要为多家单位办理？</source>
        <translation>要為多家單位辦理？</translation>
    </message>
    <message>
        <source>请先在上面选单位</source>
        <translation>請先在上面選擇單位</translation>
    </message>
    <message>
        <source>开始(&amp;N)</source>
        <translation>開始(&amp;N)</translation>
    </message>
    <message>
        <source>服务中心帮多家单位办理时用：每家单位的进度分开保存</source>
        <translation>服務中心幫多家單位辦理時用：每家單位的進度分開儲存</translation>
    </message>
    <message>
        <source>您上次做到：%1（%2）。可以接着做，也可以重新开始。</source>
        <translation>您上次做到：%1（%2）。可以接著做，也可以重新開始。</translation>
    </message>
    <message>
        <source>继续上次的进度</source>
        <translation>繼續上次的進度</translation>
    </message>
    <message>
        <source>重新开始</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>重新开始会清除之前的全部回答和进度。确定吗？</source>
        <translation>重新開始會清除之前的全部回答和進度。確定嗎？</translation>
    </message>
    <message>
        <source>确定，清除并重新开始</source>
        <translation>確定，清除並重新開始</translation>
    </message>
    <message>
        <source>不清除</source>
        <translation>不清除</translation>
    </message>
    <message>
        <source>%1 · 等待审核短信</source>
        <translation>%1 · 等待審批短訊</translation>
    </message>
    <message>
        <source>%1 · 等待审核短信，已等待 %2 天</source>
        <translation>%1 · 等待審批短訊，已等了 %2 天</translation>
    </message>
    <message>
        <source>还没有开始</source>
        <translation>還沒有開始</translation>
    </message>
    <message>
        <source>了解您的情况</source>
        <translation>了解您的情況</translation>
    </message>
    <message>
        <source>记下单位信息</source>
        <translation>記下單位資料</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>總結</translation>
    </message>
    <message>
        <source>开始页</source>
        <translation>開始頁</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>了解情况</source>
        <translation>了解情況</translation>
    </message>
    <message>
        <source>选择路线</source>
        <translation>選擇路線</translation>
    </message>
    <message>
        <source>按路线一步一步登录、确认</source>
        <translation>按路線一步一步登入、確認</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>總結</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>等待短信</source>
        <translation>等待短訊</translation>
    </message>
    <message>
        <source>稍后再做</source>
        <translation>稍後再做</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>“{name}”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。</source>
        <translation>「{name}」的檔案來自較新版本的程式，本程式不會改動它；請更新本程式。</translation>
    </message>
    <message>
        <source>“{name}”的文件已损坏，已另存为 {kept}，这家单位要从头开始；其他单位不受影响。</source>
        <translation>「{name}」的檔案已損壞，已另存為 {kept}，這家單位要從頭開始；其他單位不受影響。</translation>
    </message>
    <message>
        <source>“{name}”的文件已损坏且无法移走，本次不显示它；其他单位不受影响。</source>
        <translation>「{name}」的檔案已損壞且無法移走，這次不顯示它；其他單位不受影響。</translation>
    </message>
    <message>
        <source>进度文件来自更新版本的程序，本次不会改动它；请更新本程序。</source>
        <translation>進度檔案來自較新版本的程式，這次不會改動它；請更新本程式。</translation>
    </message>
    <message>
        <source>上次的进度文件已损坏，已另存为 {kept}，本次从头开始。</source>
        <translation>上次的進度檔案已損壞，已另存為 {kept}，這次從頭開始。</translation>
    </message>
    <message>
        <source>上次的进度文件已损坏且无法移走，本次从头开始。</source>
        <translation>上次的進度檔案已損壞且無法移走，這次從頭開始。</translation>
    </message>
    <message>
        <source>无法导入“{file}”：文件太大，不是本程序导出的单位文件。</source>
        <translation>無法匯入「{file}」：檔案太大，不是本程式匯出的單位檔案。</translation>
    </message>
    <message>
        <source>无法导入“{file}”：读不出这个文件。</source>
        <translation>無法匯入「{file}」：讀不出這個檔案。</translation>
    </message>
    <message>
        <source>无法导入“{file}”：它来自更新版本的程序，请先更新本程序。</source>
        <translation>無法匯入「{file}」：它來自較新版本的程式，請先更新本程式。</translation>
    </message>
    <message>
        <source>无法导入“{file}”：文件已损坏，或不是本程序导出的单位文件。</source>
        <translation>無法匯入「{file}」：檔案已損壞，或不是本程式匯出的單位檔案。</translation>
    </message>
    <message>
        <source>无法导入“{file}”：数据文件夹无法写入。</source>
        <translation>無法匯入「{file}」：資料夾無法寫入。</translation>
    </message>
    <message>
        <source>格式正确，校验位也对上了。</source>
        <translation>格式正確，校驗位也對得上。</translation>
    </message>
    <message>
        <source>已输入 {typed} 位，还差 {missing} 位（共 {total} 位）。</source>
        <translation>已輸入 {typed} 位，還差 {missing} 位（共 {total} 位）。</translation>
    </message>
    <message>
        <source>第 {pos} 位“{char}”不是数字或字母，请核对。</source>
        <translation>第 {pos} 位「{char}」不是數字或字母，請核對。</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是数字 {meant}？</source>
        <translation>第 {pos} 位是字母 {char}。統一社會信用代碼裏沒有 {char}，是不是數字 {meant}？</translation>
    </message>
    <message>
        <source>第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是字母 {meant}？</source>
        <translation>第 {pos} 位是字母 {char}。統一社會信用代碼裏沒有 {char}，是不是字母 {meant}？</translation>
    </message>
    <message>
        <source>第 {pos} 位应该是数字，现在是字母 {char}，请核对。</source>
        <translation>第 {pos} 位應該是數字，現在是字母 {char}，請核對。</translation>
    </message>
    <message>
        <source>只有 {length} 位。统一社会信用代码是 18 位，请核对是否漏了。</source>
        <translation>只有 {length} 位。統一社會信用代碼是 18 位，請核對是否漏了。</translation>
    </message>
    <message>
        <source>如果这是旧证上的 9 位组织机构代码，请填到下面“组织机构代码”一栏。</source>
        <translation>如果這是舊證上的 9 位組織機構代碼，請填到下面「組織機構代碼」一欄。</translation>
    </message>
    <message>
        <source>多了 {extra} 位：统一社会信用代码是 18 位，现在有 {length} 位，请核对。</source>
        <translation>多了 {extra} 位：統一社會信用代碼是 18 位，現在有 {length} 位，請核對。</translation>
    </message>
    <message>
        <source>这像是身份证号码。这里要填营业执照上的统一社会信用代码；本程序不保存身份证号码。</source>
        <translation>這像是身份證號碼。這裏要填營業執照上的統一社會信用代碼；本程式不儲存身份證號碼。</translation>
    </message>
    <message>
        <source>照上面改过来，校验位就对上了。</source>
        <translation>照上面改過來，校驗位就對得上。</translation>
    </message>
    <message>
        <source>第 18 位（最后一位，校验位）和前面的对不上，请核对。</source>
        <translation>第 18 位（最後一位，校驗位）和前面的對不上，請核對。</translation>
    </message>
    <message>
        <source>错处多半在第 1–8 位或第 18 位。</source>
        <translation>錯處多半在第 1–8 位或第 18 位。</translation>
    </message>
    <message>
        <source>错处多半在第 9–17 位。</source>
        <translation>錯處多半在第 9–17 位。</translation>
    </message>
    <message>
        <source>如果营业执照上印的就是这样，就不用改：少数早期的代码本身通不过校验。</source>
        <translation>如果營業執照上印的就是這樣，就不用改：少數早期的代碼本身通不過校驗。</translation>
    </message>
    <message>
        <source>第 9 位（校验位）只能是数字或 X，现在是字母 {char}，请核对。</source>
        <translation>第 9 位（校驗位）只能是數字或 X，現在是字母 {char}，請核對。</translation>
    </message>
    <message>
        <source>第 9 位（校验位）只能是数字或 X，现在是字母 {char}，是不是数字 {meant}？</source>
        <translation>第 9 位（校驗位）只能是數字或 X，現在是字母 {char}，是不是數字 {meant}？</translation>
    </message>
    <message>
        <source>这是 18 位，像是统一社会信用代码：请填到上面“统一社会信用代码”一栏。</source>
        <translation>這是 18 位，像是統一社會信用代碼：請填到上面「統一社會信用代碼」一欄。</translation>
    </message>
    <message>
        <source>组织机构代码是 9 位（证书上印作“8 位-1 位”），现在是 {length} 位，请核对。</source>
        <translation>組織機構代碼是 9 位（證書上印作「8 位-1 位」），現在是 {length} 位，請核對。</translation>
    </message>
    <message>
        <source>第 9 位（最后一位，校验位）和前面的对不上，请核对。</source>
        <translation>第 9 位（最後一位，校驗位）和前面的對不上，請核對。</translation>
    </message>
    <message>
        <source>不用填 +86，只填 11 位手机号码。</source>
        <translation>不用填 +86，只填 11 位手機號碼。</translation>
    </message>
    <message>
        <source>手机号码只能是数字，第 {pos} 位是“{char}”，请核对。</source>
        <translation>手機號碼只能是數字，第 {pos} 位是「{char}」，請核對。</translation>
    </message>
    <message>
        <source>手机号码只能是数字，第 {pos} 位是字母 {char}，请核对。</source>
        <translation>手機號碼只能是數字，第 {pos} 位是字母 {char}，請核對。</translation>
    </message>
    <message>
        <source>手机号码一般以 13 到 19 开头，现在是“{prefix}”开头，请核对。</source>
        <translation>手機號碼一般以 13 至 19 開頭，現在是「{prefix}」開頭，請核對。</translation>
    </message>
    <message>
        <source>手机号码是 11 位，现在是 {length} 位，请核对。</source>
        <translation>手機號碼是 11 位，現在是 {length} 位，請核對。</translation>
    </message>
    <message>
        <source>手机号码的格式不对，请核对。</source>
        <translation>手機號碼的格式不對，請核對。</translation>
    </message>
    <message>
        <source>格式正确。</source>
        <translation>格式正確。</translation>
    </message>
    <message>
        <source>单位管理码最多 20 位，现在有 {length} 位，请核对。</source>
        <translation>單位管理碼最多 20 位，現在有 {length} 位，請核對。</translation>
    </message>
    <message>
        <source>给工作人员：内容文件夹 {folder}（版本 {found}）没有通过检查（{count} 个问题），所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，改好后重新启动程序。</source>
        <translation>給工作人員：內容資料夾 {folder}（版本 {found}）沒有通過檢查（{count} 個問題），所以現在用的是程式內建的內容（版本 {used}）。請用 --check-content 檢查那個資料夾，改好後重新啟動程式。</translation>
    </message>
    <message>
        <source>给工作人员：{folder} 不是能用的内容文件夹（没有找到版本信息，{count} 个问题），所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，改好后重新启动程序。</source>
        <translation>給工作人員：{folder} 不是能用的內容資料夾（沒有找到版本資料，{count} 個問題），所以現在用的是程式內建的內容（版本 {used}）。請用 --check-content 檢查那個資料夾，改好後重新啟動程式。</translation>
    </message>
</context>
</TS>
