; Inno Setup 6.3+ script: a per-user installer for praktijkdesk (no administrator rights).
; Build dist\praktijkdesk\ with PyInstaller first, then, from the repository root:
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 packaging\windows\praktijkdesk.iss
; Result: dist\praktijkdesk-0.1.0-setup.exe. See docs/packaging.md.
; AppVersion may be a pre-release ("0.2.0rc1"); the version resource needs four numbers, so
; NumericVersion is passed separately (python -c "from praktijkdesk.platform.windows import
; version_numbers; ..." in .github/workflows/windows.yml computes it).
; Signing (required for a release, docs/packaging.md): pass /DSign and a sign tool named
; "signtool" with ISCC's /S option; then the setup and its uninstaller are signed too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef NumericVersion
  #define NumericVersion "0.1.0.0"
#endif
#define AppName "praktijkdesk"
#define AppExe "praktijkdesk.exe"
#define CliExe "praktijkdesk-cli.exe"
; praktijkdesk.exe holds this mutex while it runs (praktijkdesk/platform/windows.py APP_MUTEX).
#define AppMutexName "praktijkdesk-app"
#define BundleProgId "praktijkdesk.uitwisselbestand"
; Where the app keeps its data (platformdirs.user_data_dir("praktijkdesk", appauthor=False)).
#define DataDir "{localappdata}\praktijkdesk"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{202821F0-1332-46B0-AE0B-BA9B46D1745E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=praktijkdesk
VersionInfoVersion={#NumericVersion}
VersionInfoTextVersion={#AppVersion}
; Setup waits for, and asks to close, a running praktijkdesk (also when Restart Manager cannot).
AppMutex={#AppMutexName}
; The .praktijk association and the PATH entry take effect without logging off.
ChangesAssociations=yes
ChangesEnvironment=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif
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
Name: "addtopath"; Description: "De opdrachtregel (praktijkdesk-cli) toevoegen aan PATH, voor scripts"; GroupDescription: "Voor gevorderden:"; Flags: unchecked

[Registry]
; Double-clicking a .praktijk file opens praktijkdesk with the import preview of that file
; (praktijkdesk.exe "<file>": the app reads a bare .praktijk path as "gui --open <file>").
; Per user (HKCU\Software\Classes), like the whole installation.
Root: HKCU; Subkey: "Software\Classes\.praktijk"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.praktijk\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "praktijkdesk-uitwisselbestand"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The command line on the user's PATH (optional task): HKCU\Environment, per user.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

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
// True when Dir is not yet in the user's PATH (so a reinstall does not add it twice).
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

// On uninstall: take our folder out of the user's PATH again.
procedure RemoveFromPath(Dir: string);
var
  Current: string;
  Position: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Position := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';');
  if Position = 0 then
    exit;
  // Position is that of the ";" before Dir in ";"+Current.
  if Position = 1 then
    Delete(Current, 1, Length(Dir) + 1)      // "Dir;rest" -> "rest"
  else
    Delete(Current, Position - 1, Length(Dir) + 1);  // "a;Dir;b" -> "a;b"
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
end;

// Uninstalling removes the program and keeps the data (candidates, marks, declarations and
// backups), unless the user explicitly says yes. A silent uninstall always keeps the data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
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
