; Inno Setup 6.3+ script: a per-user installer for praktijkdesk (no administrator rights).
; Build dist\praktijkdesk\ with PyInstaller first, then, from the repository root:
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\praktijkdesk.iss
; Result: dist\praktijkdesk-0.1.0-setup.exe. See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "praktijkdesk"
#define AppExe "praktijkdesk.exe"
; Where the app keeps its data (platformdirs.user_data_dir("praktijkdesk", appauthor=False)).
#define DataDir "{localappdata}\praktijkdesk"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{202821F0-1332-46B0-AE0B-BA9B46D1745E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=praktijkdesk
VersionInfoVersion={#AppVersion}
; Per user, no administrator: installs in %LOCALAPPDATA%\Programs\praktijkdesk.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\..\resources\icons\praktijkdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An update closes a running praktijkdesk first (it saves each mark at once, so nothing is lost).
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=praktijkdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "Een snelkoppeling op het bureaublad maken"; GroupDescription: "Snelkoppelingen:"

[Files]
Source: "..\..\dist\praktijkdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder as a whole, so no file of an older version stays behind.
; (The data is not here: it is in %LOCALAPPDATA%\praktijkdesk.)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kandidaten volgen naar een mbo-praktijkverklaring"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; Comment: "Kandidaten volgen naar een mbo-praktijkverklaring"

[Run]
Filename: "{app}\{#AppExe}"; Description: "praktijkdesk nu starten"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling removes the program and keeps the data (candidates, marks, declarations and
// backups), unless the user explicitly says yes. A silent uninstall always keeps the data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := ExpandConstant('{#DataDir}');
  if UninstallSilent or not DirExists(Folder) then
    exit;
  if MsgBox('praktijkdesk is verwijderd. Uw gegevens zijn bewaard in:' + #13#10 + Folder + #13#10#13#10 +
            'Wilt u ook al uw gegevens wissen: kandidaten, beoordelingen, verklaringen en ' +
            'reservekopieën? Dit kan niet ongedaan worden gemaakt.' + #13#10#13#10 +
            'Kies Nee om ze te bewaren (bijvoorbeeld voor een nieuwe installatie).',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Folder, True, True, True);
end;
