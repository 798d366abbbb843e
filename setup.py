"""Packaging glue that pyproject.toml cannot express: the top-level `resources/` folder is
installed as the package `decisionaid._data` (content packs, translations, fonts, icons).

Everything else about the project is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["decisionaid", "decisionaid.*"]), "decisionaid._data"],
    package_dir={"decisionaid._data": "resources"},
)
