<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CostsPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="653"/>
        <source>Over {0} months, the trial pays back {1} more than these costs.</source>
        <translation>
            <numerusform>Over {0} month, the trial pays back {1} more than these costs.</numerusform>
            <numerusform>Over {0} months, the trial pays back {1} more than these costs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="661"/>
        <source>In total over {0} months, after what is paid back: {1}</source>
        <translation>
            <numerusform>In total over {0} month, after what is paid back: {1}</numerusform>
            <numerusform>In total over {0} months, after what is paid back: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="707"/>
        <source>{0}: {1} a visit × {2} visits = {3} a month</source>
        <translation>
            <numerusform>{0}: {1} a visit × {2} visit = {3} a month</numerusform>
            <numerusform>{0}: {1} a visit × {2} visits = {3} a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="725"/>
        <source>{0} visits a month</source>
        <translation>
            <numerusform>{0} visit a month</numerusform>
            <numerusform>{0} visits a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/costs.py" line="731"/>
        <source>{0} months</source>
        <translation>
            <numerusform>{0} month</numerusform>
            <numerusform>{0} months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/help.py" line="115"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutController</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/handout.py" line="308"/>
        <source>Saved the handout ({0} pages) to {1}.</source>
        <translation>
            <numerusform>Saved the handout ({0} page) to {1}.</numerusform>
            <numerusform>Saved the handout ({0} pages) to {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/clinic.py" line="152"/>
        <source>Nobody has used the program for a while. To protect the patient&apos;s privacy, their answers will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Nobody has used the program for a while. To protect the patient&apos;s privacy, their answers will be cleared in %n second.</numerusform>
            <numerusform>Nobody has used the program for a while. To protect the patient&apos;s privacy, their answers will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/options.py" line="388"/>
        <source>You can add up to {0} choices.</source>
        <translation>
            <numerusform>You can add up to {0} choice.</numerusform>
            <numerusform>You can add up to {0} choices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/print_preview.py" line="87"/>
        <source>The handout has %n pages. This is how they will print.</source>
        <translation>
            <numerusform>The handout has %n page. This is how it will print.</numerusform>
            <numerusform>The handout has %n pages. This is how they will print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="83"/>
        <source>Up to {0} questions, each up to {1} characters.</source>
        <translation>
            <numerusform>Up to {0} question, of up to {1} characters.</numerusform>
            <numerusform>Up to {0} questions, each up to {1} characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="97"/>
        <source>Up to {0} characters.</source>
        <translation>
            <numerusform>Up to {0} character.</numerusform>
            <numerusform>Up to {0} characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="128"/>
        <source>That is more than fits here: at most {0} questions, each up to {1} characters. Nothing else was changed.</source>
        <translation>
            <numerusform>That is more than fits here: at most {0} question, of up to {1} characters. Nothing else was changed.</numerusform>
            <numerusform>That is more than fits here: at most {0} questions, each up to {1} characters. Nothing else was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/questions.py" line="150"/>
        <source>The notes can hold up to {0} characters. The rest was not added.</source>
        <translation>
            <numerusform>The notes can hold up to {0} character. The rest was not added.</numerusform>
            <numerusform>The notes can hold up to {0} characters. The rest was not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="89"/>
        <source>%n questions. Choose one answer for each.</source>
        <translation>
            <numerusform>%n question. Choose one answer.</numerusform>
            <numerusform>%n questions. Choose one answer for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="91"/>
        <source>You have answered {0} of %n questions.</source>
        <translation>
            <numerusform>You have answered {0} of %n question.</numerusform>
            <numerusform>You have answered {0} of %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/quiz.py" line="92"/>
        <source>%n of your answers are right.</source>
        <translation>
            <numerusform>%n of your answers is right.</numerusform>
            <numerusform>%n of your answers are right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/summary.py" line="282"/>
        <source>You have {0} questions. Scroll the list to read them all. The handout has them all too.</source>
        <translation>
            <numerusform>You have {0} question. Scroll the list to read it. The handout has it too.</numerusform>
            <numerusform>You have {0} questions. Scroll the list to read them all. The handout has them all too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/summary.py" line="363"/>
        <source>In total over {0} months</source>
        <translation>
            <numerusform>In total over {0} month</numerusform>
            <numerusform>In total over {0} months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message numerus="yes">
        <location filename="../../decisionaid/ui/pages/trial.py" line="677"/>
        <source>At most {0} earlier studies can be added.</source>
        <translation>
            <numerusform>At most {0} earlier study can be added.</numerusform>
            <numerusform>At most {0} earlier studies can be added.</numerusform>
        </translation>
    </message>
</context>
</TS>
