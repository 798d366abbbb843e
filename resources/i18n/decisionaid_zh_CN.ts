<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="15"/>
        <source>checked against the original study or law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="16"/>
        <source>from reliable reports of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="17"/>
        <source>not confirmed: treat as an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="22"/>
        <source>Evidence last reviewed: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="170"/>
        <source>Group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="175"/>
        <source>Group {0} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="178"/>
        <source>Group {0} kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="185"/>
        <source>What group {0} gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="188"/>
        <source>Group {0} share of places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="189"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="190"/>
        <source>Kind of group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="191"/>
        <source>What this group gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="192"/>
        <source>Share of places (ratio):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChancesPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="56"/>
        <source>Your trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="62"/>
        <source>What happened in early (phase 1) cancer trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="77"/>
        <source>Small studies: why “all of them” is not a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="84"/>
        <source>The odds for a new drug (not for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="90"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="115"/>
        <source>Save this picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="116"/>
        <source>Save the picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="130"/>
        <source>Could not save the picture: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="134"/>
        <source>Saved the picture to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="157"/>
        <source>Group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="161"/>
        <source>Which group will I be in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="162"/>
        <source>Your trial shares its places {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="171"/>
        <source>An example: an even (1:1) split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="172"/>
        <source>That is too many to draw. The chance of each group: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="178"/>
        <source>The registry does not say the ratio, so 1:1 is assumed. Ask the study team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="184"/>
        <source>Your trial is not randomised: everyone gets the same plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="186"/>
        <source>Your trial&apos;s groups are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="188"/>
        <source>The picture shows an example with an even (1:1) split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="193"/>
        <source>Your trial is an early (phase 1) trial, so these numbers fit it best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="198"/>
        <source>Your trial is not a phase 1 trial. These numbers are shown to explain how early trials go; later phases have other numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="203"/>
        <source>These numbers are about early (phase 1) trials only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <location filename="../../decisionaid/ui/charts/base.py" line="299"/>
        <location filename="../../decisionaid/ui/charts/base.py" line="301"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsiderationsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/considerations.py" line="32"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/considerations.py" line="35"/>
        <source>Possible risks and burdens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="83"/>
        <source>Paid back by the trial: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="109"/>
        <source>Your costs each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="109"/>
        <source>Paid back by the trial each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="114"/>
        <source>No costs entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="116"/>
        <source>Left for you to pay each month: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="118"/>
        <source>The trial pays back {0} a month more than these costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="121"/>
        <source>The trial pays back all of these costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="160"/>
        <source>No costs entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="163"/>
        <source>Your costs each month: {0} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="166"/>
        <source>Made up of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/cost_chart.py" line="168"/>
        <source>Paid back by the trial each month: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="277"/>
        <source>Country where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="278"/>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="287"/>
        <source>Country where you live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="292"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="668"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="315"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="319"/>
        <source>How often, and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="324"/>
        <source>Visits to the clinic each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="325"/>
        <source>Months you would be in the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="328"/>
        <source>What you might spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="331"/>
        <source>Travel to and from the clinic, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="332"/>
        <source>Parking, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="333"/>
        <source>Meals and drinks away from home, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="334"/>
        <source>Pay you lose from missing work, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="337"/>
        <source>Childcare or other care at home while you are away, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="340"/>
        <source>A place to stay near the clinic, each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="343"/>
        <source>What the trial pays back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="346"/>
        <source>Ask the study team what they pay back and how. Leave a box empty if the trial pays nothing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="354"/>
        <source>Money the trial pays you back, each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="359"/>
        <source>Other money from the trial (a subsidy or allowance), each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="366"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="368"/>
        <source>Your costs, added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="386"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="387"/>
        <source>Each cost, one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="413"/>
        <source>Choose the country where you live, above, to see notes for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="459"/>
        <source>⚠ Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="462"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="469"/>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="599"/>
        <source>Leave it empty to use your usual currency ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="601"/>
        <source>For example USD, EUR, GBP or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="611"/>
        <source>Not known yet. Enter how many visits you have each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="613"/>
        <source>Cost of one visit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="617"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="625"/>
        <source>Your costs each month: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="619"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="628"/>
        <source>Paid back each month: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="621"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="638"/>
        <source>What you pay each month, after what is paid back: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="632"/>
        <source>The trial pays back more than these costs, by {0} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="646"/>
        <source>Over {0} months, the trial pays back {1} more than these costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="651"/>
        <source>In total over {0} months, after what is paid back: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="658"/>
        <source>how many visits you have each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="660"/>
        <source>how many months you would be in the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="662"/>
        <source>In total: not known yet. Enter {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="663"/>
        <location filename="../../decisionaid/ui/pages/costs.py" line="727"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="671"/>
        <source>Some boxes above need fixing: {0}. Until then, these results use the last numbers that worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="683"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="684"/>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="685"/>
        <source>Meals and drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="686"/>
        <source>Pay you lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="687"/>
        <source>Care at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="688"/>
        <source>A place to stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="699"/>
        <source>{0}: {1} a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="701"/>
        <source>{0}: {1} a visit × {2} visits = {3} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="705"/>
        <source>{0}: {1} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="707"/>
        <source>Paid back: {0} a visit and {1} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="711"/>
        <source>, so {0} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="718"/>
        <source>{0} visits a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="721"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="725"/>
        <source>We filled in {0} from what you told us about the trial. You can change these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="745"/>
        <source>Your costs and what the trial pays back, each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/costs.py" line="763"/>
        <source>The chart appears when you enter how many visits you have each month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="31"/>
        <source>drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="73"/>
        <source>Based on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="82"/>
        <source>{0} of 100 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="84"/>
        <source>about {0} of 100 {1} ({2}% of those at the step before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="92"/>
        <source>fewer than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="94"/>
        <source>more than 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/funnel_chart.py" line="99"/>
        <source>Counting {0}, not people: out of 100 new {0} that start testing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutController</name>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="148"/>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="148"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="169"/>
        <location filename="../../decisionaid/ui/handout.py" line="199"/>
        <source>The handout could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="174"/>
        <source>Saved the handout ({0} pages) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="178"/>
        <source>It could not be opened here; open it from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="187"/>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/handout.py" line="216"/>
        <source>The handout was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconArrayChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="113"/>
        <source>Based on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="126"/>
        <source>fewer than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="127"/>
        <source>more than {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="134"/>
        <source>{0} of {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="243"/>
        <source>A picture of {0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="247"/>
        <source>Part of one figure is shaded to show less than one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/icon_array.py" line="249"/>
        <source>That is {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="69"/>
        <source>Bar: what the study found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="72"/>
        <source>Line: the interval, where the true rate could be (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="119"/>
        <source>{0} of {1} (interval {2}–{3}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="171"/>
        <source>the true rate could be as low as {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="173"/>
        <source>the true rate could be as high as {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="175"/>
        <source>the true rate could be anywhere from {0}% to {1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="178"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/interval_chart.py" line="179"/>
        <source>95% interval {0}–{1}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="15"/>
        <source>What is a clinical trial?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/learn.py" line="49"/>
        <source>Your trial is phase {0}. Its phase is marked with a thick border below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="420"/>
        <location filename="../../decisionaid/ui/main_window.py" line="451"/>
        <source>Trial Decision Aid sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="103"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="115"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="116"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="117"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="118"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="164"/>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="166"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="168"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="170"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="174"/>
        <source>Save Handout as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="177"/>
        <source>&amp;Print Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="186"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="187"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="188"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="192"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="193"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="194"/>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="197"/>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="200"/>
        <source>&amp;About Trial Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="266"/>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="316"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="316"/>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="335"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="346"/>
        <source>Could not keep a backup copy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="390"/>
        <source>Keep your answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="391"/>
        <source>Do you want to save your answers before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="405"/>
        <source>A new, blank session has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="418"/>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="429"/>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="437"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="449"/>
        <source>Save your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="463"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="467"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="501"/>
        <source>Text size {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="520"/>
        <source>Language not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="549"/>
        <source>About Trial Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="557"/>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/main_window.py" line="558"/>
        <source>Save your changes to {0} before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../decisionaid/ui/pages/base.py" line="46"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="33"/>
        <source>Questions for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="36"/>
        <source>Suggested questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="44"/>
        <source>Your own questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="45"/>
        <source>Write one question on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="47"/>
        <source>Your own questions, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="53"/>
        <source>Anything else you want your doctor to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/questions.py" line="55"/>
        <source>Notes for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="44"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="47"/>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="67"/>
        <source>{0} questions. Choose one answer for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="71"/>
        <source>You have answered {0} of {1} questions. {2} of your answers are right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RandomisationChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="57"/>
        <source>Group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="110"/>
        <source>{0}: {1} in {2} ({3}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="118"/>
        <source>A {0} ratio: out of every {1} people who join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="155"/>
        <source>{0} in the {1} group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="158"/>
        <source>Out of every {0} people who join, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="161"/>
        <source>A {0} ratio gives the same chances as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/randomisation_chart.py" line="166"/>
        <source>Your chance of each group: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="36"/>
        <source>Good points (benefits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="37"/>
        <source>Hard parts (risks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="43"/>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="44"/>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="45"/>
        <source>Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="46"/>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="47"/>
        <source>A great deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="125"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="127"/>
        <source>({0} of {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/charts/ratings_chart.py" line="189"/>
        <source>{0}: none listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="17"/>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="20"/>
        <source>Every question here is optional. Your answers help you, and your doctor, see where you are. They stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="29"/>
        <source>First name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="30"/>
        <source>For example: Mei, or M. L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="31"/>
        <source>Print my name on the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="34"/>
        <source>Type of cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="35"/>
        <source>For example: breast cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="38"/>
        <source>Who makes this decision with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="39"/>
        <source>For example: my husband and my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="40"/>
        <source>First &amp;name or initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="42"/>
        <source>&amp;Type of cancer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="43"/>
        <source>&amp;Who decides with you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="46"/>
        <source>How far along are you with this decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="48"/>
        <source>I have not thought about it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="49"/>
        <source>I am thinking about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="50"/>
        <source>I am close to choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="51"/>
        <source>I have already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/situation.py" line="53"/>
        <source>How far along are you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="41"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/dialogs.py" line="47"/>
        <source>List of sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../decisionaid/app.py" line="46"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="49"/>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="54"/>
        <source>The trial you were offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="59"/>
        <source>What is a clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="64"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="69"/>
        <source>Possible risks and burdens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="72"/>
        <source>Costs and subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="75"/>
        <source>Your chances, in pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="79"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="83"/>
        <source>What matters most to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="88"/>
        <source>Questions for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/app.py" line="91"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="30"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="32"/>
        <source>This is what you told us. Take it to your doctor to talk it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="36"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="37"/>
        <source>The trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="38"/>
        <source>Your costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="39"/>
        <source>Where you lean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="40"/>
        <source>What matters most to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="41"/>
        <source>Your knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="42"/>
        <source>Your questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="52"/>
        <source>Save this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="53"/>
        <source>Start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="66"/>
        <source>Your handout for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="70"/>
        <source>Save this summary as a PDF file, or print it, and take it to your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="77"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="78"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="79"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="82"/>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="85"/>
        <source>Open the PDF after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="88"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="100"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="101"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="130"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="133"/>
        <source>Has not thought about it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="134"/>
        <source>Thinking about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="135"/>
        <source>Close to choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="136"/>
        <source>Has decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="139"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="250"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="140"/>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="141"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="142"/>
        <source>Decides with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="149"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="154"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="152"/>
        <source>{0} of 4 “yes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="158"/>
        <source>Some doubt remains. Worth talking about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="172"/>
        <source>benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="172"/>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="177"/>
        <source>Nothing rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="184"/>
        <source>{0} of {1} answers right ({2} questions answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="189"/>
        <source>Not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="196"/>
        <source>No questions chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="201"/>
        <source>Not worked out yet. See the Costs and subsidies step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="205"/>
        <source>Some numbers need fixing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="207"/>
        <source>Cost of one visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="209"/>
        <location filename="../../decisionaid/ui/pages/summary.py" line="218"/>
        <source>Each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="209"/>
        <source>Not known: visits per month are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="212"/>
        <source>Your costs each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="214"/>
        <source>Paid back each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="219"/>
        <source>The trial pays back {0} more than these costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="227"/>
        <source>Left for you to pay each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="234"/>
        <source>In total over {0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="245"/>
        <source>No specific trial yet. General information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="246"/>
        <source>No trial details entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="247"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="251"/>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="252"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="255"/>
        <source>Randomised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="255"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="255"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="257"/>
        <source>Group sizes (ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="259"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/summary.py" line="261"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="57"/>
        <source>Early phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="58"/>
        <source>Phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="59"/>
        <source>Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="60"/>
        <source>Phase 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="61"/>
        <source>Phase 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="62"/>
        <source>Not a drug phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="237"/>
        <source>The trial you were offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="240"/>
        <source>Enter what you know. Leave anything you do not know empty. A research nurse may have a trial file for you, or you can open a record saved from ClinicalTrials.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="245"/>
        <source>I don&apos;t know the details of a trial yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="250"/>
        <source>That is fine. The next steps give general information that fits most trials. You can come back and add details at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="263"/>
        <source>&amp;Open a trial file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="264"/>
        <source>Look &amp;up online by NCT number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="265"/>
        <source>Save as a &amp;prepared trial file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="266"/>
        <source>Clear trial details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="280"/>
        <source>Name and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="285"/>
        <source>Trial name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="287"/>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="290"/>
        <source>Trial &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="291"/>
        <source>&amp;Registry number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="301"/>
        <source>Phase and design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="302"/>
        <source>Phase (tick all that apply; leave empty if unknown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="312"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="312"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="312"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="425"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="436"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="313"/>
        <source>Are people put into groups by chance (randomised)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="314"/>
        <source>Randomised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="318"/>
        <source>Is a placebo given on top of standard care to one of the groups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="320"/>
        <source>Placebo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="328"/>
        <source>Who knows which group you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="332"/>
        <source>&amp;Who knows your group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="338"/>
        <source>The groups and what each one gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="346"/>
        <source>&amp;Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="347"/>
        <source>Remove the last group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="358"/>
        <source>Visits, place and what the study covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="363"/>
        <location filename="../../decisionaid/ui/pages/trial.py" line="642"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="365"/>
        <source>How many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="367"/>
        <source>Study site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="369"/>
        <source>miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="369"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="370"/>
        <source>Distance to the site in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="374"/>
        <source>What the study covers or pays back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="376"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="378"/>
        <source>&amp;Visits per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="379"/>
        <source>For how many &amp;months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="380"/>
        <source>Study &amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="381"/>
        <source>&amp;Distance to the site ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="382"/>
        <source>What the study &amp;covers or pays back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="383"/>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="395"/>
        <source>From the registry record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="398"/>
        <source>You may be able to join if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="400"/>
        <source>You may not be able to join if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="407"/>
        <source>Only the study team can say for sure whether you can join. Ask them about anything on these lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="416"/>
        <source>What this means, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="426"/>
        <source>Gets the new treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="427"/>
        <source>Gets another active treatment (often standard care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="428"/>
        <source>Gets a placebo on top of standard care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="429"/>
        <source>Gets a sham (pretend) procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="430"/>
        <source>Gets no study treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="431"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="437"/>
        <source>Everyone knows (not blinded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="438"/>
        <source>You do not know (single blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="439"/>
        <source>You and your doctors do not know (double blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="440"/>
        <source>You, your doctors and others do not know (triple blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="441"/>
        <source>No one involved knows (quadruple blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="503"/>
        <source>No groups entered. Add a group for each treatment people may get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="508"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="509"/>
        <source>Group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="517"/>
        <source>The registry does not say how places are shared, so 1:1 is assumed. Ask the study team and change the shares below. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="521"/>
        <source>Chance of each group: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="524"/>
        <source>Set each group&apos;s share of places below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="527"/>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="529"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="529"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="533"/>
        <source>People in the study: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="537"/>
        <source>Dates: {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="538"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="542"/>
        <source>Sponsor: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="544"/>
        <source>Conditions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="548"/>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="549"/>
        <source>Places: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="564"/>
        <source>No trial details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="643"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="644"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="649"/>
        <source>{0}: please enter a number from 0 to {1}, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="708"/>
        <source>Replace the trial details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="709"/>
        <source>This replaces the trial details you have now. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="719"/>
        <source>Choose a trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="720"/>
        <source>This file has several trials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="732"/>
        <source>Open a trial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="747"/>
        <source>Loaded the trial from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="760"/>
        <source>Save a prepared trial file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="773"/>
        <source>Saved the trial to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="780"/>
        <source>Look up a trial online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="782"/>
        <source>Type the NCT number. Only this number is sent to ClinicalTrials.gov, nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="795"/>
        <source>Online look-up needs an NCT number, like NCT01234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="798"/>
        <source>Looking up {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="804"/>
        <source>Look-up finished. Your details were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="807"/>
        <source>Loaded {0} from ClinicalTrials.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/trial.py" line="817"/>
        <source>Trial details cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="32"/>
        <source>What matters most to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="42"/>
        <source>Your ratings, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="45"/>
        <source>Longer bars are the things that matter more to you. You can change a rating on the Benefits and Risks steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="55"/>
        <source>Reasons to join (possible benefits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="56"/>
        <source>Reasons not to join (risks and burdens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="82"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="82"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="98"/>
        <source>It is fine to be unsure. “{0}” is a real answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="112"/>
        <source>Answer all four questions to see your result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="116"/>
        <source>You answered yes to {0} of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/values.py" line="124"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="47"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="51"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="52"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="57"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="59"/>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/welcome.py" line="60"/>
        <source>Start &amp;over with a blank session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="35"/>
        <source>Save the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/chances.py" line="37"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="30"/>
        <source>Yes, that is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../decisionaid/ui/pages/quiz.py" line="33"/>
        <source>Not quite. The answer is: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
