<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChancesPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="39"/>
        <source>Save the picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="41"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="60"/>
        <source>Your trial</source>
        <translation>您的试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="66"/>
        <source>What happened in early (phase 1) cancer trials</source>
        <translation>早期（1期）癌症临床试验的结果</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="83"/>
        <source>Small studies: why “all of them” is not a promise</source>
        <translation>人数少的研究：为什么“全都有效”也不是保证</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="90"/>
        <source>The odds for a new drug (not for you)</source>
        <translation>一种新药能走多远（说的是药，不是您）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="96"/>
        <source>What matters to you</source>
        <translation>您看重什么</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="125"/>
        <source>Save this picture…</source>
        <translation>保存这张图…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="128"/>
        <source>Save the picture: {0}</source>
        <translation>保存这张图：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="142"/>
        <source>Could not save the picture: {0}</source>
        <translation>图没能保存：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="147"/>
        <source>Could not save the picture</source>
        <translation>图没能保存</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="149"/>
        <source>Saved the picture to {0}.</source>
        <translation>图已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="176"/>
        <source>Your trial has one group: everyone gets the same plan. Chance does not decide what you get.</source>
        <translation>您的试验只有一组：每个人都按同一个方案。用什么治疗不是由机会决定的。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="182"/>
        <source>Your trial is not randomised: chance does not decide your group.</source>
        <translation>您的试验不是随机分组的：分到哪一组不是由机会决定的。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="186"/>
        <source>Group {0}</source>
        <translation>第{0}组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="195"/>
        <source>Your trial shares its places {0}.</source>
        <translation>您的试验按 {0} 的比例分配名额。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="206"/>
        <source>An example: an even (1:1) split</source>
        <translation>举个例子：两组人数一样多（1:1）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="211"/>
        <source>That is too many to draw. The chance of each group: </source>
        <translation>组太多，画不下。分到每组的机会：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="217"/>
        <source>The registry does not say the ratio, so an equal split ({0}) is assumed. Ask the study team.</source>
        <translation>登记记录没有写分组比例，这里先按平均分配（{0}）来算。请问问研究团队。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="224"/>
        <source>The groups in full: {0}.</source>
        <translation>各组的全称：{0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="226"/>
        <source>{0} = {1}</source>
        <translation>{0} = {1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="246"/>
        <source>What is and is not known for your trial&apos;s phase is on the “Your options” step.</source>
        <translation>您这项试验的分期目前知道什么、不知道什么，请看“您的几种选择”一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="235"/>
        <source>Your trial&apos;s groups are not known yet.</source>
        <translation>还不知道您的试验分几组。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="237"/>
        <source>The picture shows an example with an even (1:1) split.</source>
        <translation>图里举的例子是两组人数一样多（1:1）。</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <location filename="../../decisionaid/ui/charts/base.py" line="162"/>
        <source>A picture</source>
        <translation>一张图</translation>
    </message>
</context>
<context>
    <name>ConsiderationsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/considerations.py" line="33"/>
        <source>Possible benefits</source>
        <translation>可能的好处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/considerations.py" line="36"/>
        <source>Possible risks and burdens</source>
        <translation>可能的风险和负担</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/considerations.py" line="75"/>
        <source>How likely: {0}</source>
        <translation>可能性有多大：{0}</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="94"/>
        <source>Paid back by the trial: {0}</source>
        <translation>试验报销：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="120"/>
        <source>Your costs each month</source>
        <translation>您每月的花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="120"/>
        <source>Paid back by the trial each month</source>
        <translation>试验每月报销</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="125"/>
        <source>No costs entered yet.</source>
        <translation>还没有填写花费。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="127"/>
        <source>Left for you to pay each month: {0}</source>
        <translation>您每月还要自己付：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="129"/>
        <source>The trial pays back {0} a month more than these costs</source>
        <translation>试验每月报销的钱比这些花费多 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="132"/>
        <source>The trial pays back all of these costs</source>
        <translation>这些花费试验全部报销</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="171"/>
        <source>No costs entered yet</source>
        <translation>还没有填写花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="174"/>
        <source>Your costs each month: {0} in all</source>
        <translation>您每月的花费：一共 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="177"/>
        <source>Made up of: {0}</source>
        <translation>其中：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="179"/>
        <source>Paid back by the trial each month: {0}</source>
        <translation>试验每月报销：{0}</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="99"/>
        <source>I don&apos;t know yet</source>
        <translation>还不知道</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="138"/>
        <source>Please enter a number, like {0}.</source>
        <translation>请填一个数字，比如 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="141"/>
        <source>Please enter an amount of money, like {0}, or leave it empty.</source>
        <translation>请填一个钱数，比如 {0}，或者空着。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="283"/>
        <source>Country where you live</source>
        <translation>您住在哪个国家</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="284"/>
        <source>Choose a country</source>
        <translation>请选择国家</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="293"/>
        <source>Country where you live:</source>
        <translation>您住在哪个国家：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="298"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="679"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="321"/>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="325"/>
        <source>How often, and for how long</source>
        <translation>多久去一次，要去多久</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="330"/>
        <source>Visits to the clinic each month</source>
        <translation>每月去医院几次</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="331"/>
        <source>Months you would be in the trial</source>
        <translation>要参加试验几个月</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="334"/>
        <source>What you might spend</source>
        <translation>您可能要花的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="337"/>
        <source>Travel to and from the clinic, each visit</source>
        <translation>每次往返医院的路费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="338"/>
        <source>Parking, each visit</source>
        <translation>每次的停车费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="339"/>
        <source>Meals and drinks away from home, each visit</source>
        <translation>每次在外面吃饭、买水的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="340"/>
        <source>Pay you lose from missing work, each visit</source>
        <translation>每次因请假少挣的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="343"/>
        <source>Childcare or other care at home while you are away, each visit</source>
        <translation>每次您不在家时，请人照看孩子或家人的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="346"/>
        <source>A place to stay near the clinic, each month</source>
        <translation>每月在医院附近住宿的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="349"/>
        <source>What the trial pays back</source>
        <translation>试验报销哪些钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="352"/>
        <source>Ask the study team what they pay back and how. Leave a box empty if the trial pays nothing for it.</source>
        <translation>请问研究团队：哪些钱能报销，怎么报。试验不报的那一项，空着就行。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="360"/>
        <source>Money the trial pays you back, each visit</source>
        <translation>试验每次给您报销的钱</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="365"/>
        <source>Other money from the trial (a subsidy or allowance), each month</source>
        <translation>试验每月给的其他钱（补助或补贴）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="372"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="374"/>
        <source>Your costs, added up</source>
        <translation>您的花费合计</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="392"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="393"/>
        <source>Each cost, one by one</source>
        <translation>每一项花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="419"/>
        <source>Choose the country where you live, above, to see notes for it.</source>
        <translation>请在上面选择您住的国家，就能看到那里的说明。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="456"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="465"/>
        <source>⚠ Not confirmed</source>
        <translation>⚠ 未经核实</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="468"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="475"/>
        <source>Not confirmed</source>
        <translation>未经核实</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="606"/>
        <source>Leave it empty to use your usual currency ({0}).</source>
        <translation>空着就用您平常用的货币（{0}）。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="608"/>
        <source>For example USD, EUR, GBP or CNY.</source>
        <translation>比如 CNY（人民币）、USD、EUR 或 GBP。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="618"/>
        <source>Not known yet. Enter how many visits you have each month.</source>
        <translation>还算不出来。请填写每月去医院几次。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="620"/>
        <source>Cost of one visit: {0}</source>
        <translation>去一次的花费：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="624"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="632"/>
        <source>Your costs each month: {0}</source>
        <translation>您每月的花费：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="626"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="635"/>
        <source>Paid back each month: {0}</source>
        <translation>每月报销：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="628"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="645"/>
        <source>What you pay each month, after what is paid back: {0}</source>
        <translation>报销以后，您每月自己付：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="639"/>
        <source>The trial pays back more than these costs, by {0} a month.</source>
        <translation>试验报销的钱比这些花费多，每月多 {0}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="653"/>
        <source>Over {0} months, the trial pays back {1} more than these costs.</source>
        <translation>
            <numerusform>{0}个月下来，试验报销的钱比这些花费多 {1}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="661"/>
        <source>In total over {0} months, after what is paid back: {1}</source>
        <translation>
            <numerusform>报销以后，{0}个月一共要付：{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="669"/>
        <source>how many visits you have each month</source>
        <translation>每月去医院几次</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="671"/>
        <source>how many months you would be in the trial</source>
        <translation>要参加试验几个月</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="673"/>
        <source>In total: not known yet. Enter {0}.</source>
        <translation>一共多少：还算不出来。请填写{0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="674"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="740"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="682"/>
        <source>Some boxes above need fixing: {0}. Until then, these results use the last numbers that worked.</source>
        <translation>上面有几格要改一下：{0}。改好以前，这里的结果用的是上一次填对的数字。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="704"/>
        <source>{0}: {1} a visit</source>
        <translation>{0}：每次 {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="707"/>
        <source>{0}: {1} a visit × {2} visits = {3} a month</source>
        <translation>
            <numerusform>{0}：每次 {1} × {2}次 = 每月 {3}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="712"/>
        <source>{0}: {1} a month</source>
        <translation>{0}：每月 {1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="714"/>
        <source>Paid back: {0} a visit and {1} a month</source>
        <translation>报销：每次 {0}，另加每月 {1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="718"/>
        <source>, so {0} a month</source>
        <translation>，合计每月 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="725"/>
        <source>{0} visits a month</source>
        <translation>
            <numerusform>每月去{0}次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="731"/>
        <source>{0} months</source>
        <translation>
            <numerusform>{0}个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="738"/>
        <source>We filled in {0} from what you told us about the trial. You can change these numbers.</source>
        <translation>根据您填的试验情况，我们先填好了{0}。这些数字您都可以改。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="761"/>
        <source>Your costs and what the trial pays back, each month</source>
        <translation>您每月的花费和试验的报销</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="773"/>
        <source>The chart appears when you enter how many visits you have each month.</source>
        <translation>填好每月去医院几次，这里就会出现图。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="83"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="84"/>
        <source>{0} ran into a problem it did not expect. Your answers are kept: the backup copy on this computer has everything up to your last change.

You can go on. If something looks wrong, close the program and open it again, then press “Continue where I left off”.</source>
        <translation>{0}遇到了一个意外的问题。您的回答都还在：这台电脑上的备份存着您到最后一次修改为止的全部内容。

您可以接着用。如果哪里看着不对，就关掉程序再打开，然后点“从上次停下的地方继续”。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="91"/>
        <source>For whoever looks after this computer: {0}</source>
        <translation>给管理这台电脑的人看：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="108"/>
        <source>{0} could not start because of a problem it did not expect.</source>
        <translation>{0}遇到了一个意外的问题，没能打开。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="112"/>
        <source>{0} could not start</source>
        <translation>{0}没能打开</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="115"/>
        <source>Your answers from last time are kept and will be there when the program starts.</source>
        <translation>您上次的回答都还在，程序打开后就能看到。</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../decisionaid/ui/export_progress.py" line="39"/>
        <source>Making the handout…</source>
        <translation>正在制作讲义…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/export_progress.py" line="40"/>
        <source>Progress of the handout</source>
        <translation>讲义制作进度</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/export_progress.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/export_progress.py" line="42"/>
        <source>Stop making the handout; nothing is saved</source>
        <translation>停止制作讲义，不会保存任何文件</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="32"/>
        <source>drugs</source>
        <translation>种药</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="73"/>
        <source>Based on: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="82"/>
        <source>{0} of 100 {1}</source>
        <translation>每100{1}中有{0}种</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="84"/>
        <source>about {0} of 100 {1} ({2}% of those at the step before)</source>
        <translation>每100{1}中约有{0}种（是上一步的{2}%）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="92"/>
        <source>fewer than 1</source>
        <translation>不到1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="94"/>
        <source>more than 99</source>
        <translation>超过99</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="99"/>
        <source>Counting {0}, not people: out of 100 new {0} that start testing</source>
        <translation>这里算的是药，不是人：开始试验的每100{0}中</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="89"/>
        <source>Glossary</source>
        <translation>词语解释</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="93"/>
        <source>Type a word to find it</source>
        <translation>输入一个词来查找</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="94"/>
        <source>Find a word</source>
        <translation>查找词语</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="95"/>
        <source>&amp;Find a word:</source>
        <translation>查找词语(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="103"/>
        <source>Words and what they mean</source>
        <translation>词语和它们的意思</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/help.py" line="113"/>
        <source>No word matches “{0}”.</source>
        <translation>没有找到和“{0}”相符的词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/help.py" line="115"/>
        <source>%n words</source>
        <translation>
            <numerusform>共 %n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutController</name>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="278"/>
        <source>Save the handout as PDF</source>
        <translation>把给医生的摘要存成 PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="242"/>
        <source>Could not save the handout</source>
        <translation>摘要没能保存</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="205"/>
        <source>A handout is being made. Wait for it, or press Cancel.</source>
        <translation>讲义正在制作中。请稍等，或者按“取消”。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="240"/>
        <source>Could not print the handout</source>
        <translation>无法打印讲义</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="245"/>
        <source>Could not make the handout</source>
        <translation>无法制作讲义</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="246"/>
        <source>The handout could not be made: {0}</source>
        <translation>摘要没能做出来：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="250"/>
        <source>Stopped. No handout was saved or printed.</source>
        <translation>已停止。没有保存或打印讲义。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="302"/>
        <source>Saving the handout…</source>
        <translation>正在保存讲义…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/handout.py" line="308"/>
        <source>Saved the handout ({0} pages) to {1}.</source>
        <translation>
            <numerusform>摘要（{0}页）已保存到 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="314"/>
        <source>It could not be opened here; open it from its folder.</source>
        <translation>这里打不开它，请到它所在的文件夹里打开。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="328"/>
        <source>Print the handout</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="349"/>
        <location filename="../../decisionaid/ui/handout.py" line="398"/>
        <source>Printing the handout…</source>
        <translation>正在打印讲义…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="364"/>
        <source>Making the print preview…</source>
        <translation>正在做打印预览…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="374"/>
        <source>Could not show the preview</source>
        <translation>无法显示预览</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="402"/>
        <source>The handout was sent to the printer.</source>
        <translation>摘要已经送去打印了。</translation>
    </message>
</context>
<context>
    <name>IconArrayChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="121"/>
        <source>Based on: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="138"/>
        <source>fewer than 1</source>
        <translation>不到1</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="139"/>
        <source>more than {0}</source>
        <translation>超过{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="146"/>
        <source>{0} of {1} {2}</source>
        <translation>{1}人中{0}人{2}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="255"/>
        <source>A picture of {0} people</source>
        <translation>图里画了{0}个人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="259"/>
        <source>Part of one figure is shaded to show less than one person</source>
        <translation>有一个小人只涂了一部分，表示不到一个人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="261"/>
        <source>That is {0}</source>
        <translation>也就是{0}</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="133"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="140"/>
        <source>&amp;Keep working</source>
        <translation>继续使用(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/clinic.py" line="152"/>
        <source>Nobody has used the program for a while. To protect the patient&apos;s privacy, their answers will be cleared in %n seconds.</source>
        <translation>
            <numerusform>程序有一会儿没人用了。为了保护患者的隐私，%n 秒后会清空这位患者的回答。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="76"/>
        <source>Bar: what the study found</source>
        <translation>柱子：研究看到的结果</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="79"/>
        <source>Line: the interval, where the true rate could be (95% interval)</source>
        <translation>横线：真实比例可能落在的范围（95%区间）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="109"/>
        <source>{0} of the {1} {2} {3} ({4})</source>
        <translation>{1}名{2}中，{0}人{3}（{4}）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="126"/>
        <source>{0} of {1} (interval {2}–{3}%)</source>
        <translation>{1}人中{0}人（区间{2}–{3}%）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="178"/>
        <source>the true rate could be as low as {0}%</source>
        <translation>真实比例可能低到{0}%</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="180"/>
        <source>the true rate could be as high as {0}%</source>
        <translation>真实比例可能高到{0}%</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="182"/>
        <source>the true rate could be anywhere from {0}% to {1}%</source>
        <translation>真实比例可能在{0}%到{1}%之间</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="185"/>
        <source>{0} of {1}</source>
        <translation>{1}人中{0}人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="186"/>
        <source>95% interval {0}–{1}%</source>
        <translation>95%区间 {0}–{1}%</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="189"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="16"/>
        <source>What is a clinical trial?</source>
        <translation>什么是临床试验？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="25"/>
        <source>Size: {0}</source>
        <translation>人数：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="26"/>
        <source>Purpose: {0}</source>
        <translation>目的：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="27"/>
        <source>What it means for you: {0}</source>
        <translation>对您意味着什么：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="52"/>
        <source>Your trial is phase {0}. Its phase is marked with a thick border below.</source>
        <translation>您的试验是{0}期。下面用粗框标出了这一期。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="807"/>
        <location filename="../../decisionaid/ui/main_window.py" line="944"/>
        <source>Trial Decision Aid sessions (*.json)</source>
        <translation>临床试验决策助手记录 (*.json)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="379"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="236"/>
        <location filename="../../decisionaid/ui/main_window.py" line="398"/>
        <source>New &amp;patient</source>
        <translation>下一位患者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="238"/>
        <location filename="../../decisionaid/ui/main_window.py" line="400"/>
        <source>End this session and clear everything for the next patient (Ctrl+N)</source>
        <translation>结束这一次，把内容全部清空，留给下一位患者（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="380"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="381"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="382"/>
        <source>Previous step (Alt+Left)</source>
        <translation>上一步（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="383"/>
        <source>Next step (Alt+Right)</source>
        <translation>下一步（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="394"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="404"/>
        <source>&amp;New Session</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="404"/>
        <source>&amp;New Patient</source>
        <translation>下一位患者(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="405"/>
        <source>Counselor P&amp;rofile…</source>
        <translation>咨询人员资料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="406"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="407"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="408"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="411"/>
        <source>Save Handout as &amp;PDF…</source>
        <translation>把摘要存成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="412"/>
        <source>&amp;Print Handout…</source>
        <translation>打印摘要(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="413"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="414"/>
        <source>&amp;Quit</source>
        <translation>关闭程序(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="395"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="415"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="416"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="396"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="417"/>
        <source>&amp;Larger Text</source>
        <translation>字大一点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="418"/>
        <source>&amp;Smaller Text</source>
        <translation>字小一点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="419"/>
        <source>&amp;Normal Text Size</source>
        <translation>正常字号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="420"/>
        <source>&amp;How to Use This Program…</source>
        <translation>怎样使用这个程序(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="421"/>
        <source>&amp;Glossary…</source>
        <translation>词语解释(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="422"/>
        <source>&amp;Sources…</source>
        <translation>资料来源(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="423"/>
        <source>About This &amp;Decision Aid…</source>
        <translation>关于这个决策辅助工具(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="424"/>
        <source>&amp;About Trial Decision Aid</source>
        <translation>关于临床试验决策助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="511"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>第{0}步，共{1}步：{2}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="573"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="599"/>
        <source>Your answers from last time were restored.</source>
        <translation>上次的回答已经找回来了。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="602"/>
        <source>New session</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="605"/>
        <source> (clinic mode)</source>
        <translation>（诊室模式）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="625"/>
        <source>Some characters could not be kept and were replaced with �.</source>
        <translation>有几个字符存不下，换成了 �。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="671"/>
        <source>Your answers are not being kept</source>
        <translation>您的回答现在没有存下来</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="673"/>
        <source>The backup copy of your answers could not be written. {0} Use File → Save to keep your answers in a file.</source>
        <translation>您的回答没能存进备份。{0} 请用“文件 → 保存”，把回答存成一个文件。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="745"/>
        <source>Keep your answers?</source>
        <translation>要保留您的回答吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="746"/>
        <source>Do you want to save your answers before you go on?</source>
        <translation>继续之前，要先保存您的回答吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="764"/>
        <source>A new, blank session has started.</source>
        <translation>已经开始一份新的空白记录。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="805"/>
        <source>Open a saved session</source>
        <translation>打开保存过的记录</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="831"/>
        <source>Could not open the session</source>
        <translation>记录打不开</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="842"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="852"/>
        <source>Cannot open this</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="854"/>
        <source>Please drop one file at a time.</source>
        <translation>请一次只拖入一个文件。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="861"/>
        <source>Only files on this computer can be opened. Please save the file first, then drop it here.</source>
        <translation>只能打开这台电脑上的文件。请先把文件保存下来，再拖到这里。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="870"/>
        <source>{0} is a folder. Please drop a saved session or a trial file.</source>
        <translation>{0} 是一个文件夹。请拖入保存过的记录或试验文件。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="879"/>
        <source>{0} cannot be opened here. Drop a saved session (.json) or a trial file or registry record (.json, .xml).</source>
        <translation>这里无法打开 {0}。请拖入保存过的记录（.json），或试验文件、登记记录（.json、.xml）。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="907"/>
        <source>This is a prepared trial file, not a saved session. Open it as the trial?</source>
        <translation>这是一个准备好的试验文件，不是保存过的记录。要把它作为您的试验打开吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="910"/>
        <source>This is a trial&apos;s registry record, not a saved session. Open it as the trial?</source>
        <translation>这是试验的登记记录，不是保存过的记录。要把它作为您的试验打开吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="916"/>
        <source>This is a prepared trial file, not a saved session. Open it as the trial? It replaces the trial details you have now.</source>
        <translation>这是一个准备好的试验文件，不是保存过的记录。要把它作为您的试验打开吗？这会换掉您现在填的试验内容。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="921"/>
        <source>This is a trial&apos;s registry record, not a saved session. Open it as the trial? It replaces the trial details you have now.</source>
        <translation>这是试验的登记记录，不是保存过的记录。要把它作为您的试验打开吗？这会换掉您现在填的试验内容。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="926"/>
        <source>Open as the trial?</source>
        <translation>作为试验打开？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="942"/>
        <source>Save your session</source>
        <translation>保存您的记录</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="959"/>
        <source>Could not save</source>
        <translation>没能保存</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="964"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1019"/>
        <source>Text size {0}%</source>
        <translation>字号 {0}%</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1038"/>
        <source>Language not available</source>
        <translation>这种语言暂时不能用</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1071"/>
        <source>Clinic mode changes when the program starts again.</source>
        <translation>诊室模式的改动，下次打开程序时才生效。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1104"/>
        <source>About Trial Decision Aid</source>
        <translation>关于临床试验决策助手</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1118"/>
        <source>The program closes when the handout is ready. Press Cancel to stop it.</source>
        <translation>讲义做好后，程序就会关闭。按“取消”可以停止制作。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1129"/>
        <source>Do you want to save your answers before you close?</source>
        <translation>关闭之前，要先保存您的回答吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1130"/>
        <source>Save changes?</source>
        <translation>要保存修改吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="1125"/>
        <source>Save your changes to {0} before closing?</source>
        <translation>关闭之前，要把修改保存到 {0} 吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/crash.py" line="32"/>
        <location filename="../../decisionaid/ui/dialogs.py" line="108"/>
        <location filename="../../decisionaid/ui/main_window.py" line="386"/>
        <location filename="../../decisionaid/ui/main_window.py" line="604"/>
        <source>Trial Decision Aid</source>
        <translation>临床试验决策助手</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../decisionaid/ui/messages.py" line="24"/>
        <source>Some characters in {0} could not be read. Each was replaced with �. Please check the text before you rely on it.</source>
        <translation>{0} 中有些字符无法读取，每个都换成了 �。使用这些内容前，请先核对一下。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/messages.py" line="32"/>
        <source>Some characters were replaced</source>
        <translation>有些字符被替换了</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="291"/>
        <source>For example: surgery now</source>
        <translation>比如：马上手术</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="293"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="294"/>
        <source>Add this choice</source>
        <translation>添加这个选择</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="307"/>
        <source>Side by side</source>
        <translation>放在一起看</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="310"/>
        <source>Each block is one question, answered for every choice. Where nothing is known yet, the block says who to ask, and the question goes on your list for the doctor. Type what your doctor said into the boxes.</source>
        <translation>每一块是一个问题，每种选择都回答一遍。还不知道的地方，会写明该问谁，这个问题也会加到您要问医生的问题里。请把医生说的话填进框里。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="345"/>
        <source>not given</source>
        <translation>没有给出</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="347"/>
        <source>About </source>
        <translation>每100人中大约 </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="348"/>
        <source> in 100 people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="349"/>
        <source>Standard treatment: about how many in 100 people</source>
        <translation>标准治疗：每100人中大约有几人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="355"/>
        <source>what happens, e.g. are alive, or have no cancer</source>
        <translation>会怎样，比如：还活着，或没有癌症</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="356"/>
        <source>Standard treatment: what happens to them</source>
        <translation>标准治疗：他们会怎样</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="359"/>
        <source>over what time, e.g. after 5 years</source>
        <translation>多长时间内，比如：5年后</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="360"/>
        <source>Standard treatment: over what time</source>
        <translation>标准治疗：多长时间内</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/options.py" line="388"/>
        <source>You can add up to {0} choices.</source>
        <translation>
            <numerusform>最多可以添加{0}个选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="456"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="501"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="502"/>
        <source>Remove the choice {0}</source>
        <translation>删除选择“{0}”</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../decisionaid/ui/pages/base.py" line="105"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../decisionaid/ui/print_preview.py" line="41"/>
        <source>The preview cannot be shown on this computer. You can still print the handout, or save it as a PDF and look at it there.</source>
        <translation>这台电脑上无法显示预览。您仍然可以打印摘要，或者把它存成 PDF 再打开来看。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/print_preview.py" line="79"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/print_preview.py" line="87"/>
        <source>The handout has %n pages. This is how they will print.</source>
        <translation>
            <numerusform>摘要共 %n 页。打印出来就是这个样子。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/print_preview.py" line="99"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/print_preview.py" line="106"/>
        <source>The pages of the handout</source>
        <translation>摘要的各页</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/print_preview.py" line="109"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="286"/>
        <source>Counselor profile</source>
        <translation>咨询人员资料</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="291"/>
        <source>No default</source>
        <translation>不预设</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="299"/>
        <source>As this computer&apos;s region</source>
        <translation>按本机所在地区</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="300"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="301"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="303"/>
        <source>Large print handouts</source>
        <translation>大字版摘要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="307"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="313"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="315"/>
        <source>Clinic mode (a shared computer)</source>
        <translation>诊室模式（多人共用的电脑）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="319"/>
        <source>Set by the administrator or the command line.</source>
        <translation>已由管理员或命令行设定。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="320"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="321"/>
        <source>C&amp;linic:</source>
        <translation>诊所(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="322"/>
        <source>Default c&amp;ountry:</source>
        <translation>默认国家或地区(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="323"/>
        <source>Default c&amp;urrency:</source>
        <translation>默认货币(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="324"/>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="326"/>
        <source>Prepared &amp;trial files:</source>
        <translation>准备好的试验文件(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="327"/>
        <source>Clear after &amp;idle time:</source>
        <translation>无人使用多久后清除(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="337"/>
        <source>These settings belong to you, not to a patient. Your name and clinic go on handouts.</source>
        <translation>这些设置是您自己的，不属于哪一位患者。您的姓名和诊所会印在摘要上。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/clinic.py" line="348"/>
        <source>Folder of prepared trial files</source>
        <translation>准备好的试验文件所在文件夹</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="47"/>
        <source>Questions for your doctor</source>
        <translation>想问医生的问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="50"/>
        <source>Suggested questions</source>
        <translation>可以问的问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="59"/>
        <source>From your options, side by side</source>
        <translation>来自“您的几种选择”</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="63"/>
        <source>Nobody has told you these yet. They come from the blocks that say “Ask” on the options step. Type the answer there and the question leaves this list.</source>
        <translation>这些问题还没有人告诉过您答案。它们来自选择那一步里写着“问问”的地方。在那里填上答案，问题就会从这里去掉。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="73"/>
        <source>Your own questions</source>
        <translation>您自己的问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="74"/>
        <source>Write one question on each line.</source>
        <translation>每行写一个问题。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="76"/>
        <source>Your own questions, one on each line</source>
        <translation>您自己的问题，每行一个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="83"/>
        <source>Up to {0} questions, each up to {1} characters.</source>
        <translation>
            <numerusform>最多 {0} 个问题，每个问题最多 {1} 个字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="89"/>
        <source>Anything else you want your doctor to know</source>
        <translation>还有什么想让医生知道的</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="91"/>
        <source>Notes for your doctor</source>
        <translation>写给医生的话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="97"/>
        <source>Up to {0} characters.</source>
        <translation>
            <numerusform>最多 {0} 个字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="128"/>
        <source>That is more than fits here: at most {0} questions, each up to {1} characters. Nothing else was changed.</source>
        <translation>
            <numerusform>这里放不下这么多：最多 {0} 个问题，每个问题最多 {1} 个字。其他内容没有改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="150"/>
        <source>The notes can hold up to {0} characters. The rest was not added.</source>
        <translation>
            <numerusform>备注最多可以写 {0} 个字。多出的部分没有加进去。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="171"/>
        <source>None: every block has an answer.</source>
        <translation>没有：每一块都有答案了。</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="32"/>
        <source>Choose an answer. Then you will see here if it is right, and why.</source>
        <translation>选好答案后，这里会告诉您答得对不对，以及为什么。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="36"/>
        <source>Yes, that is right.</source>
        <translation>对，答得没错。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="39"/>
        <source>Not quite. The answer is: {0}.</source>
        <translation>不太对。正确答案是：{0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="66"/>
        <source>Check your understanding</source>
        <translation>看看您了解了多少</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="71"/>
        <source>Your score</source>
        <translation>您的得分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="89"/>
        <source>%n questions. Choose one answer for each.</source>
        <translation>
            <numerusform>一共%n道题。每道题选一个答案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="91"/>
        <source>You have answered {0} of %n questions.</source>
        <translation>
            <numerusform>%n道题您答了{0}道。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="92"/>
        <source>%n of your answers are right.</source>
        <translation>
            <numerusform>答对了%n道。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RandomisationChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="68"/>
        <source>Group {0}</source>
        <translation>第{0}组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="101"/>
        <source>{0}: {1} in {2} ({3}%)</source>
        <translation>{0}：每{2}人中{1}人（{3}%）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="107"/>
        <source>A {0} ratio: out of every {1} people who join</source>
        <translation>按 {0} 的比例：每{1}个参加的人中</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="157"/>
        <source>{0} in the {1} group</source>
        <translation>{0}人在“{1}”组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="160"/>
        <source>Out of every {0} people who join, {1}</source>
        <translation>每{0}个参加的人中，{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="163"/>
        <source>A {0} ratio gives the same chances as {1}</source>
        <translation>{0} 的比例，和 {1} 的机会是一样的</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="168"/>
        <source>Your chance of each group: {0}</source>
        <translation>您分到每组的机会：{0}</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="37"/>
        <source>Good points (benefits)</source>
        <translation>好处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="38"/>
        <source>Hard parts (risks)</source>
        <translation>难处（风险）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="44"/>
        <source>Not at all</source>
        <translation>完全不重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="45"/>
        <source>A little</source>
        <translation>有一点重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="46"/>
        <source>Somewhat</source>
        <translation>比较重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="47"/>
        <source>A lot</source>
        <translation>很重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="48"/>
        <source>A great deal</source>
        <translation>非常重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="128"/>
        <source>Not rated</source>
        <translation>没有打分</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="130"/>
        <source>({0} of {1})</source>
        <translation>（{0}/{1}）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="189"/>
        <source>How much each good point and each hard part matters to you</source>
        <translation>每个好处和每个难处对您有多重要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="195"/>
        <source>{0}: none listed</source>
        <translation>{0}：没有列出</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../decisionaid/ui/recent.py" line="44"/>
        <source>Open Rec&amp;ent</source>
        <translation>最近打开的文件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/recent.py" line="60"/>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/recent.py" line="63"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近的文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/recent.py" line="77"/>
        <source>Could not open the session</source>
        <translation>记录打不开</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/recent.py" line="78"/>
        <source>{0} is no longer there. It was taken off the list.</source>
        <translation>{0} 已经不在了，已从列表中去掉。</translation>
    </message>
</context>
<context>
    <name>RegistryLookup</name>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="71"/>
        <source>Only ClinicalTrials.gov numbers (NCT followed by 8 digits) can be looked up online.</source>
        <translation>只有 ClinicalTrials.gov 的登记号（NCT 加 8 位数字）才能在网上查。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="79"/>
        <source>The address of the trial registry is not a web address.</source>
        <translation>试验登记网站的地址不是一个网址。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="113"/>
        <source>The look-up was cancelled.</source>
        <translation>已经取消查询。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="150"/>
        <location filename="../../decisionaid/ui/lookup.py" line="277"/>
        <source>ClinicalTrials.gov sent the look-up on to another address ({0}). It was not followed.</source>
        <translation>ClinicalTrials.gov 把查询转到了另一个地址（{0}）。为了安全，没有跟过去。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="159"/>
        <source>The answer from ClinicalTrials.gov is too large to be one study.</source>
        <translation>ClinicalTrials.gov 发回的内容太大，不像是一项研究。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="162"/>
        <source>ClinicalTrials.gov took too long to answer. Please try again later.</source>
        <translation>ClinicalTrials.gov 太久没有回应。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="197"/>
        <source>The answer from ClinicalTrials.gov could not be read. Please try again later.</source>
        <translation>读不懂 ClinicalTrials.gov 发回的内容。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="205"/>
        <source>ClinicalTrials.gov did not send a study record. Please try again later.</source>
        <translation>ClinicalTrials.gov 发回的不是研究记录。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="210"/>
        <source>ClinicalTrials.gov did not send exactly one study. Please try again.</source>
        <translation>ClinicalTrials.gov 发回的不是正好一项研究。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="216"/>
        <source>ClinicalTrials.gov sent a different study ({0}) than asked for.</source>
        <translation>ClinicalTrials.gov 发回的是另一项研究（{0}），不是要查的那项。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="226"/>
        <source>ClinicalTrials.gov has no study with the number {0}. Please check the number.</source>
        <translation>ClinicalTrials.gov 上没有登记号为 {0} 的研究。请核对一下号码。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="230"/>
        <source>ClinicalTrials.gov did not accept the number {0}. Please check the number.</source>
        <translation>ClinicalTrials.gov 不接受号码 {0}。请核对一下号码。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="234"/>
        <source>ClinicalTrials.gov is busy (too many requests). Please wait a minute and try again.</source>
        <translation>ClinicalTrials.gov 现在太忙（查询太多）。请等一分钟再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="239"/>
        <source>ClinicalTrials.gov has a problem right now (error {0}). Please try again later.</source>
        <translation>ClinicalTrials.gov 现在出了问题（错误 {0}）。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="242"/>
        <source>ClinicalTrials.gov did not answer as expected (error {0}). Please try again later.</source>
        <translation>ClinicalTrials.gov 的回应不正常（错误 {0}）。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="254"/>
        <source>ClinicalTrials.gov could not be reached. Please check that this computer is connected to the internet.</source>
        <translation>连不上 ClinicalTrials.gov。请检查这台电脑有没有连上网。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="258"/>
        <source>ClinicalTrials.gov refused the connection. Please try again later.</source>
        <translation>ClinicalTrials.gov 拒绝了连接。请过一会儿再试。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="261"/>
        <source>The secure connection to ClinicalTrials.gov failed. Check the computer&apos;s date and time, or try another network.</source>
        <translation>和 ClinicalTrials.gov 的安全连接没有建立起来。请检查电脑的日期和时间，或者换一个网络。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="272"/>
        <source>The computer&apos;s proxy did not pass the look-up on. Please check the network settings.</source>
        <translation>电脑的代理服务器没有把查询转出去。请检查网络设置。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="279"/>
        <source>not a web address</source>
        <translation>不是网址</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="282"/>
        <source>ClinicalTrials.gov sent the look-up round in circles. Please try again.</source>
        <translation>ClinicalTrials.gov 让查询绕圈子转不出来。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/lookup.py" line="284"/>
        <source>The connection to ClinicalTrials.gov broke off. Please try again.</source>
        <translation>和 ClinicalTrials.gov 的连接断了。请再试一次。</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../decisionaid/app.py" line="195"/>
        <source>Restore your answers?</source>
        <translation>要找回您的回答吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="199"/>
        <source>The program did not close normally last time.</source>
        <translation>上次程序没有正常关闭。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="202"/>
        <source>Answers from last time were kept.</source>
        <translation>上次的回答还留着。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="204"/>
        <source>Restore the answers from {0}?</source>
        <translation>要找回 {0} 的回答吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="207"/>
        <source>&amp;Restore</source>
        <translation>找回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="210"/>
        <source>&amp;Start fresh</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../decisionaid/ui/results_panel.py" line="98"/>
        <source>Serious side effects</source>
        <translation>严重副作用</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/results_panel.py" line="99"/>
        <source>Other side effects</source>
        <translation>其他副作用</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="17"/>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="20"/>
        <source>Every question here is optional. Your answers help you, and your doctor, see where you are. They stay on this computer.</source>
        <translation>这里的问题都可以不答。您的回答能帮您和医生看清您现在的情况。回答只存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="29"/>
        <source>First name or initials</source>
        <translation>怎么称呼您</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="30"/>
        <source>For example: Mei, or M. L.</source>
        <translation>比如：王阿姨，或者 秀兰</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="31"/>
        <source>Print my name on the summary</source>
        <translation>在摘要上印出我的名字</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="34"/>
        <source>Type of cancer</source>
        <translation>哪种癌症</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="35"/>
        <source>For example: breast cancer</source>
        <translation>比如：乳腺癌</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="38"/>
        <source>Who makes this decision with you</source>
        <translation>谁和您一起做决定</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="39"/>
        <source>For example: my husband and my doctor</source>
        <translation>比如：我老伴和我的医生</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="40"/>
        <source>First name or &amp;initials:</source>
        <translation>怎么称呼您(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="42"/>
        <source>&amp;Type of cancer:</source>
        <translation>哪种癌症(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="43"/>
        <source>&amp;Who decides with you:</source>
        <translation>谁和您一起决定(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="46"/>
        <source>How far along are you with this decision?</source>
        <translation>这件事您考虑到哪一步了？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="48"/>
        <source>I have not thought about it yet</source>
        <translation>我还没想过</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="49"/>
        <source>I am thinking about it</source>
        <translation>我正在考虑</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="50"/>
        <source>I am close to choosing</source>
        <translation>我快要决定了</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="51"/>
        <source>I have already decided</source>
        <translation>我已经决定了</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="53"/>
        <source>How far along are you</source>
        <translation>您考虑到哪一步了</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="26"/>
        <source>checked against the original study or law</source>
        <translation>已对照原始研究或法规核实</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="29"/>
        <source>from reliable reports of the original</source>
        <translation>来自对原始资料的可靠转述</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="30"/>
        <source>not confirmed: treat as an estimate</source>
        <translation>未经核实：请只当作估计</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="33"/>
        <location filename="../../decisionaid/ui/dialogs.py" line="58"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="36"/>
        <location filename="../../decisionaid/ui/dialogs.py" line="105"/>
        <source>Evidence last reviewed: {0}.</source>
        <translation>资料最近一次核对：{0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="64"/>
        <source>List of sources</source>
        <translation>资料来源列表</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="102"/>
        <source>Helps you think through whether to join a clinical trial.</source>
        <translation>帮您想清楚要不要参加临床试验。</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="16"/>
        <location filename="../../decisionaid/ui/steps.py" line="17"/>
        <location filename="../../decisionaid/ui/steps.py" line="18"/>
        <location filename="../../decisionaid/ui/steps.py" line="19"/>
        <source>Press Next to finish this step.</source>
        <translation>点“下一步”就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="20"/>
        <source>Say how far along you are to finish this step.</source>
        <translation>说一说您考虑到哪一步了，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="21"/>
        <source>Enter something about the trial, or say you do not know of one yet.</source>
        <translation>填一些关于试验的信息，或者说明您还不知道具体是哪项试验。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="24"/>
        <location filename="../../decisionaid/ui/steps.py" line="25"/>
        <source>Rate every point to finish this step.</source>
        <translation>每一点都选好有多重要，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="26"/>
        <source>Enter the visits each month and the number of months to finish this step.</source>
        <translation>填上每月看病几次、一共几个月，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="29"/>
        <source>Answer every question to finish this step.</source>
        <translation>每道题都答完，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="30"/>
        <source>Choose the option you lean toward, answer the four SURE questions and say how you want to decide, to finish this step.</source>
        <translation>选出您倾向的选择，回答 SURE 的四个问题，再说明您想怎样做决定，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="35"/>
        <source>Tick or write at least one question to finish this step.</source>
        <translation>至少勾选或写下一个问题，就完成这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="46"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="47"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="51"/>
        <source>Seen, not finished yet.</source>
        <translation>看过了，还没有完成。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="54"/>
        <source>seen, not finished yet</source>
        <translation>看过了，还没有完成</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="57"/>
        <source>not seen yet</source>
        <translation>还没有看</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/steps.py" line="58"/>
        <source>Not seen yet.</source>
        <translation>还没有看。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../decisionaid/app.py" line="62"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="65"/>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="70"/>
        <source>The trial you were offered</source>
        <translation>您的试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="75"/>
        <source>Your options, side by side</source>
        <translation>您的几种选择</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="80"/>
        <source>What is a clinical trial</source>
        <translation>认识临床试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="85"/>
        <source>Possible benefits</source>
        <translation>可能的好处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="90"/>
        <source>Possible risks and burdens</source>
        <translation>风险和负担</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="93"/>
        <source>Costs and subsidies</source>
        <translation>费用和补助</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="96"/>
        <source>Your chances, in pictures</source>
        <translation>用图看机会</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="100"/>
        <source>Check your understanding</source>
        <translation>看看懂了多少</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="104"/>
        <source>What matters most to you</source>
        <translation>您最看重什么</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="109"/>
        <source>Questions for your doctor</source>
        <translation>问医生的问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="112"/>
        <source>Your summary</source>
        <translation>您的摘要</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="99"/>
        <source>Your summary</source>
        <translation>您的摘要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="101"/>
        <source>This is what you told us. Take it to your doctor to talk it through.</source>
        <translation>这是您告诉我们的内容。带去给医生看，和医生一起商量。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="105"/>
        <source>About you</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="106"/>
        <source>The trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="107"/>
        <source>Your costs</source>
        <translation>您的花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="108"/>
        <source>Where you lean</source>
        <translation>您倾向哪一边</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="109"/>
        <source>What matters most to you</source>
        <translation>您最看重什么</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="110"/>
        <source>Your knowledge check</source>
        <translation>您的答题结果</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="111"/>
        <source>Your questions for the doctor</source>
        <translation>您想问医生的问题</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="126"/>
        <source>Save this session…</source>
        <translation>保存这份记录…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="127"/>
        <source>Start a new session</source>
        <translation>开始一份新记录</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="140"/>
        <source>Your handout for the doctor</source>
        <translation>带给医生的摘要</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="144"/>
        <source>Save this summary as a PDF file, or print it, and take it to your next visit.</source>
        <translation>把这份摘要存成 PDF 文件，或者打印出来，下次看病时带上。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="151"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="152"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="153"/>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="156"/>
        <source>&amp;Large print</source>
        <translation>大字版(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="159"/>
        <source>Open the PDF after saving</source>
        <translation>保存后打开 PDF</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="162"/>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="174"/>
        <source>Save &amp;PDF…</source>
        <translation>存成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="175"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="217"/>
        <source>Not given</source>
        <translation>没有填</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="220"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="221"/>
        <source>Cancer</source>
        <translation>癌症</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="224"/>
        <source>Decides with</source>
        <translation>一起决定的人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="232"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="237"/>
        <source>Not answered</source>
        <translation>没有回答</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="235"/>
        <source>{0} of 4 “yes”</source>
        <translation>4题中{0}题答“是”</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="241"/>
        <source>Some doubt remains. Worth talking about.</source>
        <translation>心里还有疑问，值得和医生聊一聊。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="244"/>
        <source>Leaning:</source>
        <translation>倾向：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="245"/>
        <source>Among: {0}</source>
        <translation>可选的有：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="246"/>
        <source>SURE test:</source>
        <translation>SURE 小测试：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="249"/>
        <source>Decide by:</source>
        <translation>决定期限：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="252"/>
        <source>How:</source>
        <translation>怎样决定：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="262"/>
        <source>{0} of {1} correct</source>
        <translation>{1}道题答对{0}道</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="264"/>
        <source>Questions answered</source>
        <translation>已答题数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/summary.py" line="282"/>
        <source>You have {0} questions. Scroll the list to read them all. The handout has them all too.</source>
        <translation>
            <numerusform>您有 {0} 个问题。滚动下面的列表，就能看到全部问题。带给医生的摘要里也有全部问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="302"/>
        <source>You rated every point “not at all”.</source>
        <translation>您认为每一项都“完全不重要”。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="309"/>
        <source>{0}, tied</source>
        <translation>{0}，并列</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="310"/>
        <source>({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="303"/>
        <source>Nothing rated yet.</source>
        <translation>还没有打分。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="178"/>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="267"/>
        <source>Not done yet.</source>
        <translation>还没做。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="276"/>
        <source>No questions chosen yet.</source>
        <translation>还没有选问题。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="306"/>
        <source>good point</source>
        <translation>好处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="306"/>
        <source>bad point</source>
        <translation>坏处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="313"/>
        <source>{0} more are rated “{1}” too.</source>
        <translation>还有 {0} 项也打了“{1}”。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="320"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="329"/>
        <source>Not worked out yet. See the Costs and subsidies step.</source>
        <translation>还没算。请看“费用和补助”这一步。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="331"/>
        <source>Some numbers need fixing: {0}</source>
        <translation>有些数字要改一下：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="334"/>
        <source>Cost of one visit</source>
        <translation>去一次的花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="336"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="347"/>
        <source>Each month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="336"/>
        <source>Not known: visits per month are missing</source>
        <translation>算不出来：没有填每月去几次</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="339"/>
        <source>Your costs each month</source>
        <translation>您每月的花费</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="342"/>
        <source>Paid back each month</source>
        <translation>每月报销</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="348"/>
        <source>The trial pays back {0} more than these costs</source>
        <translation>试验报销的钱比这些花费多 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="356"/>
        <source>Left for you to pay each month</source>
        <translation>您每月还要自己付</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/summary.py" line="363"/>
        <source>In total over {0} months</source>
        <translation>
            <numerusform>{0}个月一共</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="376"/>
        <source>No specific trial yet. General information only.</source>
        <translation>还没有具体的试验，只看一般介绍。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="377"/>
        <source>No trial details entered.</source>
        <translation>还没有填写试验情况。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="378"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="409"/>
        <source>Not known yet</source>
        <translation>还不知道</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="382"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="384"/>
        <source>Trial name</source>
        <translation>试验名称</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="391"/>
        <source>Conditions</source>
        <translation>针对的疾病</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="397"/>
        <source>{0} in {1}</source>
        <translation>{1}人中{0}人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="399"/>
        <source>Chance of each group</source>
        <translation>分到各组的机会</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="414"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="385"/>
        <source>Registry number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="388"/>
        <source>Phase</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="393"/>
        <source>Randomised</source>
        <translation>随机分组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="393"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="393"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="401"/>
        <source>Visits per month</source>
        <translation>每月去几次</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="403"/>
        <source>Months</source>
        <translation>几个月</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../decisionaid/ui/text.py" line="15"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/text.py" line="20"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/text.py" line="25"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/text.py" line="32"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/text.py" line="37"/>
        <source>{0} {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/options.py" line="49"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="66"/>
        <source>Trial files and registry records (*.json *.xml)</source>
        <translation>试验文件和登记记录 (*.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="69"/>
        <source>Early phase 1</source>
        <translation>早期1期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="70"/>
        <source>Phase 1</source>
        <translation>1期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="71"/>
        <source>Phase 2</source>
        <translation>2期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="72"/>
        <source>Phase 3</source>
        <translation>3期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="73"/>
        <source>Phase 4</source>
        <translation>4期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="74"/>
        <source>Not a drug phase</source>
        <translation>不属于药物分期</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="202"/>
        <source>The trial you were offered</source>
        <translation>医生建议的临床试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="205"/>
        <source>Enter what you know. Leave anything you do not know empty. A research nurse may have a trial file for you, or you can open a record saved from ClinicalTrials.gov.</source>
        <translation>知道什么就填什么，不知道的空着就行。研究护士可能给您准备了试验文件；您也可以打开从 ClinicalTrials.gov 存下来的记录。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="215"/>
        <source>I don&apos;t know the details of a trial yet</source>
        <translation>我还不清楚试验的具体情况</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="220"/>
        <source>That is fine. The next steps give general information that fits most trials. You can come back and add details at any time.</source>
        <translation>没关系。后面几步讲的是大多数试验都适用的一般情况。您随时可以回来补上具体内容。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="234"/>
        <source>&amp;Open a trial file…</source>
        <translation>打开试验文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="235"/>
        <source>Look &amp;up online by NCT number…</source>
        <translation>用 NCT 号上网查找(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="236"/>
        <source>Save as a &amp;prepared trial file…</source>
        <translation>存成备用的试验文件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="237"/>
        <source>Clear trial details</source>
        <translation>清空试验内容</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="254"/>
        <source>Name and number</source>
        <translation>名称和登记号</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="259"/>
        <source>Trial name</source>
        <translation>试验名称</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="261"/>
        <source>Registry number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="264"/>
        <source>Tria&amp;l name:</source>
        <translation>试验名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="265"/>
        <source>&amp;Registry number:</source>
        <translation>登记号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="275"/>
        <source>Phase and design</source>
        <translation>分期和设计</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="276"/>
        <source>Phase (tick all that apply; leave empty if unknown):</source>
        <translation>分期（符合的都打勾；不知道就空着）：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="286"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="286"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="286"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="446"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="457"/>
        <source>I don&apos;t know</source>
        <translation>我不知道</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="287"/>
        <source>Are people put into groups by chance (randomised)?</source>
        <translation>是不是随机分组（像抽签一样分组）？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="288"/>
        <source>Randomised</source>
        <translation>随机分组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="292"/>
        <source>Is a placebo given on top of standard care to one of the groups?</source>
        <translation>有没有一组在标准治疗之外再加用安慰剂？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="294"/>
        <source>Placebo</source>
        <translation>安慰剂</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="302"/>
        <source>Who knows which group you are in</source>
        <translation>谁知道您在哪一组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="306"/>
        <source>&amp;Who knows your group:</source>
        <translation>谁知道您在哪一组(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="312"/>
        <source>The groups and what each one gets</source>
        <translation>分几组，每组接受什么治疗</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="320"/>
        <source>&amp;Add a group</source>
        <translation>加一组(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="321"/>
        <source>Remove the last group</source>
        <translation>去掉最后一组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="332"/>
        <source>Visits, place and what the study covers</source>
        <translation>去医院的次数、地点和试验负担的费用</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="337"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="816"/>
        <source>Visits per month</source>
        <translation>每月去几次</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="339"/>
        <source>How many months</source>
        <translation>几个月</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="341"/>
        <source>Study site</source>
        <translation>试验医院</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="343"/>
        <source>miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="343"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="344"/>
        <source>Distance to the site in {0}</source>
        <translation>到试验医院有多远（{0}）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="348"/>
        <source>What the study covers or pays back</source>
        <translation>试验负担或报销哪些费用</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="350"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="352"/>
        <source>V&amp;isits per month:</source>
        <translation>每月去几次(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="353"/>
        <source>For how many &amp;months:</source>
        <translation>要去几个月(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="354"/>
        <source>Study &amp;site:</source>
        <translation>试验医院(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="355"/>
        <source>&amp;Distance to the site ({0}):</source>
        <translation>到试验医院的距离（{0}）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="356"/>
        <source>What the study &amp;covers or pays back:</source>
        <translation>试验负担或报销的费用(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="357"/>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="369"/>
        <source>From the registry record</source>
        <translation>登记资料上写的</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="374"/>
        <source>You may be able to join if…</source>
        <translation>符合下面这些情况，也许可以入组…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="376"/>
        <source>You may not be able to join if…</source>
        <translation>有下面这些情况，也许不能入组…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="383"/>
        <source>Only the study team can say for sure whether you can join. Ask them about anything on these lists.</source>
        <translation>能不能入组，只有研究团队说了算。单子上有看不懂的，就问问他们。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="392"/>
        <source>Results posted for this trial</source>
        <translation>这项试验公布的结果</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="401"/>
        <source>Earlier studies of this treatment</source>
        <translation>这种治疗以往的研究</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="405"/>
        <source>A trial often has an earlier study of the same treatment behind it, with results posted in the registry. Add it here to see who stopped and why, the side effects in each group, and the main result.</source>
        <translation>一项试验之前，往往已经有同一种治疗的早期研究，结果公布在登记网站上。在这里添加它，就能看到谁中途退出、为什么退出，每组出现了哪些副作用，以及主要结果。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="413"/>
        <source>Add an earlier stud&amp;y from a file…</source>
        <translation>从文件添加以往的研究(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="415"/>
        <source>Add an &amp;earlier study by NCT number…</source>
        <translation>按 NCT 登记号添加以往的研究(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="437"/>
        <source>What this means, in plain words</source>
        <translation>用大白话说，这意味着什么</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="447"/>
        <source>Gets the new treatment</source>
        <translation>用新治疗</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="448"/>
        <source>Gets another active treatment (often standard care)</source>
        <translation>用另一种有效的治疗（常常是标准治疗）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="449"/>
        <source>Gets a placebo on top of standard care</source>
        <translation>标准治疗之外再加安慰剂</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="450"/>
        <source>Gets a sham (pretend) procedure</source>
        <translation>做一个假的（模拟的）操作</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="451"/>
        <source>Gets no study treatment</source>
        <translation>不用试验里的治疗</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="452"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="458"/>
        <source>Everyone knows (not blinded)</source>
        <translation>大家都知道（不设盲）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="459"/>
        <source>You do not know (single blind)</source>
        <translation>您自己不知道（单盲）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="460"/>
        <source>You and your doctors do not know (double blind)</source>
        <translation>您和医生都不知道（双盲）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="461"/>
        <source>You, your doctors and others do not know (triple blind)</source>
        <translation>您、医生和其他人都不知道（三盲）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="462"/>
        <source>No one involved knows (quadruple blind)</source>
        <translation>参与试验的人都不知道（四盲）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="526"/>
        <source>No groups entered. Add a group for each treatment people may get.</source>
        <translation>还没有填写分组。受试者可能接受的每一种治疗，都加一组。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="531"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="639"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="892"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="531"/>
        <source>Group {0}</source>
        <translation>第{0}组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="537"/>
        <source>The registry does not say how places are shared, so 1:1 is assumed. Ask the study team and change the shares below. </source>
        <translation>登记资料没有写名额怎么分，这里先按 1:1 算。请问问研究团队，再在下面改比例。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="541"/>
        <source>Chance of each group: </source>
        <translation>分到每组的机会：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="544"/>
        <source>Set each group&apos;s share of places below.</source>
        <translation>请在下面填写每组的名额比例。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="547"/>
        <source>Status: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="549"/>
        <source>actual</source>
        <translation>（实际人数）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="549"/>
        <source>planned</source>
        <translation>（计划人数）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="553"/>
        <source>People in the study: {0} {1}</source>
        <translation>试验人数：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="557"/>
        <source>Dates: {0} to {1}</source>
        <translation>时间：{0} 到 {1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="558"/>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="562"/>
        <source>Sponsor: {0}</source>
        <translation>申办方：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="564"/>
        <source>Conditions: {0}</source>
        <translation>研究的疾病：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="568"/>
        <source> and {0} more</source>
        <translation>，还有另外{0}处</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="569"/>
        <source>Places: {0}</source>
        <translation>地点：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="586"/>
        <source>No trial details yet.</source>
        <translation>还没有试验情况。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="618"/>
        <source>Each picture shows 100 people, so that groups of any size compare.</source>
        <translation>每张图都画100个人，这样人数不同的组也能放在一起比较。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="627"/>
        <source>No earlier studies added yet.</source>
        <translation>还没有添加以往的研究。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="643"/>
        <source>This record has no results posted in the registry yet.</source>
        <translation>这份记录在登记网站上还没有公布结果。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="645"/>
        <source>Remove this earlier study</source>
        <translation>删除这项以往的研究</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="647"/>
        <source>Remove the earlier study {0}</source>
        <translation>删除以往的研究 {0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="670"/>
        <source>Removed {0}.</source>
        <translation>已删除 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="670"/>
        <source>the study</source>
        <translation>这项研究</translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/trial.py" line="677"/>
        <source>At most {0} earlier studies can be added.</source>
        <translation>
            <numerusform>最多只能添加 {0} 项以往的研究。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="684"/>
        <source>{0} is already in the list.</source>
        <translation>{0} 已经在列表里了。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="692"/>
        <source>Added {0}. It has no results posted yet.</source>
        <translation>已添加 {0}。它还没有公布结果。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="695"/>
        <source>Added {0}.</source>
        <translation>已添加 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="700"/>
        <source>Add an earlier study</source>
        <translation>添加以往的研究</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="817"/>
        <source>Months</source>
        <translation>几个月</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="818"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="823"/>
        <source>{0}: please enter a number from 0 to {1}, or leave it empty.</source>
        <translation>{0}：请填 0 到 {1} 之间的数字，或者空着。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="882"/>
        <source>Replace the trial details?</source>
        <translation>要换掉现在的试验内容吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="883"/>
        <source>This replaces the trial details you have now. Go on?</source>
        <translation>这会换掉您现在填的试验内容。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="890"/>
        <source>(no name)</source>
        <translation>（没有名称）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="896"/>
        <source>Choose a trial</source>
        <translation>选择一个试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="897"/>
        <source>This file has several trials:</source>
        <translation>这个文件里有好几个试验：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="913"/>
        <source>Prepared trial files:</source>
        <translation>准备好的试验文件：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="964"/>
        <source>Open a trial file</source>
        <translation>打开试验文件</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="979"/>
        <source>Could not open the trial file</source>
        <translation>无法打开试验文件</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="994"/>
        <source>Loaded the trial from {0}.</source>
        <translation>已从 {0} 读入试验。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1011"/>
        <source>Save a prepared trial file</source>
        <translation>保存备用的试验文件</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1024"/>
        <source>Saved the trial to {0}.</source>
        <translation>试验已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1031"/>
        <source>Look up a trial online</source>
        <translation>上网查找试验</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1033"/>
        <source>Type the NCT number. Only this number is sent to ClinicalTrials.gov, nothing about you.</source>
        <translation>请输入 NCT 号。只有这个号码会发给 ClinicalTrials.gov，您的任何信息都不会发出去。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="720"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1046"/>
        <source>Online look-up needs an NCT number, like NCT01234567.</source>
        <translation>上网查找要用 NCT 号，比如 NCT01234567。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="725"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1049"/>
        <source>Looking up {0}…</source>
        <translation>正在查找 {0}…</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1056"/>
        <source>Look-up finished. Your details were kept.</source>
        <translation>查找结束了。您填的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1059"/>
        <source>Loaded {0} from ClinicalTrials.gov.</source>
        <translation>已从 ClinicalTrials.gov 读入 {0}。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1063"/>
        <source>The look-up did not work</source>
        <translation>没有查到</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="1069"/>
        <source>Trial details cleared.</source>
        <translation>试验内容已清空。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="132"/>
        <source>What matters most to you</source>
        <translation>您最看重什么</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="162"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="162"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="155"/>
        <source>It is fine to be unsure. “{0}” is a real answer.</source>
        <translation>拿不准也没关系，选“{0}”也完全可以。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="61"/>
        <source>Who? For example: my son</source>
        <translation>是谁？比如：我儿子</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="64"/>
        <source>Person {0}: who</source>
        <translation>第{0}个人：是谁</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="68"/>
        <source>Person {0}: which choice they prefer</source>
        <translation>第{0}个人：更希望您怎么选</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="74"/>
        <source>Person {0}: {1}</source>
        <translation>第{0}个人：{1}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="194"/>
        <source>Which choice do they prefer?</source>
        <translation>他们更希望您怎么选？</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="211"/>
        <source>Next step for: {0}</source>
        <translation>下一步（{0}）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="213"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="239"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="257"/>
        <source>(not said)</source>
        <translation>（没有说）</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="289"/>
        <source>Answer all four questions to see your result.</source>
        <translation>四道题都答完，就能看到结果。</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="293"/>
        <source>You answered yes to {0} of 4.</source>
        <translation>4道题中您有{0}道答“是”。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="46"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="57"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="62"/>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="67"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="69"/>
        <source>&amp;Continue where I left off</source>
        <translation>从上次停下的地方继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="70"/>
        <source>Start &amp;over with a blank session</source>
        <translation>从头开始一份空白记录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>_ArmEditor</name>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="125"/>
        <source>Group {0}</source>
        <translation>第{0}组</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="132"/>
        <source>Group {0} name</source>
        <translation>第{0}组的名称</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="135"/>
        <source>Group {0} kind</source>
        <translation>第{0}组的类型</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="142"/>
        <source>What group {0} gets</source>
        <translation>第{0}组接受什么治疗</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="145"/>
        <source>Group {0} share of places</source>
        <translation>第{0}组的名额比例</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="147"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="148"/>
        <source>Kind of group:</source>
        <translation>这一组是：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="149"/>
        <source>What this group gets:</source>
        <translation>这一组接受什么治疗：</translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="150"/>
        <source>Share of places (ratio):</source>
        <translation>名额比例：</translation>
    </message>
</context>
</TS>
