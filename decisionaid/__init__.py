__version__ = "0.1.0"
APP_NAME = "Trial Decision Aid"
