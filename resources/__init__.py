"""The program's data files. Installed as the package `decisionaid._data` (see setup.py) and
read only through `decisionaid.resources`; this file holds no code."""
