__version__ = "0.1.0"
APP_NAME = "Trial Decision Aid"
# Reverse-DNS application id: the .desktop file, the AppStream metainfo, the macOS bundle id.
APP_ID = "io.github.trialdecisionaid.DecisionAid"
