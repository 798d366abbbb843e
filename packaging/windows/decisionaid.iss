; Inno Setup script: a per-user installer for Windows (no administrator rights needed, as on
; most clinic PCs). Build the app first, then compile this script:
;
;   make package                     (or: pyinstaller --noconfirm packaging\decisionaid.spec)
;   iscc packaging\windows\decisionaid.iss
;
; Output: dist\TrialDecisionAid-<version>-setup.exe. It installs dist\decisionaid\ into
; %LOCALAPPDATA%\Programs\Trial Decision Aid, adds a Start-menu entry (and, if chosen, a
; desktop shortcut) and an uninstaller in "Apps & features". Answers and settings live in the
; user's own folders and are not removed on uninstall.

#define AppName "Trial Decision Aid"
#define AppVersion GetEnv("DECISIONAID_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#define AppExe "decisionaid.exe"

[Setup]
; A fixed id: upgrades replace the old version instead of installing a second copy.
AppId={{6B0F3C7E-2E55-4C1B-9E3A-7D3B9C1E5A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Trial Decision Aid team
AppPublisherURL=https://github.com/trialdecisionaid/decisionaid
; Per-user install: {autopf} becomes %LOCALAPPDATA%\Programs with the lowest privileges.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=TrialDecisionAid-{#AppVersion}-setup
SetupIconFile=decisionaid.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\decisionaid\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
