"""The handout's sections, one module each, in the order they are printed. No Qt.

    cover      page 1, for the doctor
    trial      what the patient knows about the trial
    options    the options side by side (the blank handout's list of options)
    values     benefits and risks with the patient's ratings
    costs      the cost estimate and who pays
    charts     the evidence in pictures, each with its text equivalent
    questions  all questions and the patient's notes
    glossary   words used
    sources    sources, evidence review date, funding, disclaimer, versions
    learn      the blank handout's pages on phases and randomisation

`answers` holds what several sections say about the patient's answers. Each `add_…(doc)`
adds its part to `doc.story`; `report.builder` calls them in order.
"""
