; Inno Setup script: vpnotes for one Windows user, no administrator rights (DESIGN.md §12).
; Build after PyInstaller (dist\vpnotes), from the repository root:
;   iscc /DVersion=0.1.0 packaging\windows\vpnotes.iss      ->  dist\vpnotes-0.1.0-windows-setup.exe
; Installs into %LOCALAPPDATA%\Programs\vpnotes, adds a Start menu entry and opens *.vpnotes files
; (HKCU\Software\Classes). Uninstalling removes exactly what was installed: notebooks, automatic
; backups (%LOCALAPPDATA%\vpnotes\backups) and settings (%APPDATA%\vpnotes) stay where they are.

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppId "nl.vpnotes.vpnotes"
#define ProgId "vpnotes.notebook"

[Setup]
; A fixed id: an update installs over the earlier version instead of beside it.
AppId={{6F1B7C2E-4A1D-4E8B-9C35-2B7D1E9A0F41}
AppName=vpnotes
AppVersion={#Version}
AppVerName=vpnotes {#Version}
AppPublisher=vpnotes
AppComments=Versleuteld notitieboek voor de vertrouwenspersoon
DefaultDirName={localappdata}\Programs\vpnotes
DefaultGroupName=vpnotes
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=vpnotes-{#Version}-windows-setup
SetupIconFile=..\icons\vpnotes.ico
UninstallDisplayIcon={app}\vpnotes.exe
UninstallDisplayName=vpnotes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\vpnotes\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\vpnotes"; Filename: "{app}\vpnotes.exe"; Comment: "Notitieboek voor de vertrouwenspersoon"

[Registry]
; Per user (HKA is HKCU for a non-administrative install): *.vpnotes opens in vpnotes.
Root: HKA; Subkey: "Software\Classes\.vpnotes"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vpnotes"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-vpnotes"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vpnotes\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "vpnotes-notitieboek"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\vpnotes.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\vpnotes.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\vpnotes.exe\SupportedTypes"; ValueType: string; ValueName: ".vpnotes"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\vpnotes.exe"; Description: "{cm:LaunchProgram,vpnotes}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: only the installed files go. The VP's notebooks and backups are theirs.
