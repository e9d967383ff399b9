# Smoke test of the INSTALLED app (not the build folder), run by .github/workflows/windows.yml:
# check, demo, tour, a bundle import, a backup, the console exe with a redirected stdout,
# the .praktijk association and the PATH entry. Every step must end with exit code 0.
param([Parameter(Mandatory = $true)][string]$InstallDir)
$ErrorActionPreference = "Stop"

$cli = Join-Path $InstallDir "praktijkdesk-cli.exe"
$gui = Join-Path $InstallDir "praktijkdesk.exe"
foreach ($exe in $cli, $gui) { if (-not (Test-Path $exe)) { throw "missing: $exe" } }
$work = Join-Path $env:RUNNER_TEMP "praktijkdesk-smoke"
Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
New-Item -ItemType Directory $work | Out-Null
$data = Join-Path $work "gegevens"
$other = Join-Path $work "ander-apparaat"

function Run([string[]]$arguments) {
    & $cli @arguments
    if ($LASTEXITCODE -ne 0) { throw "praktijkdesk-cli $($arguments -join ' ') ended with $LASTEXITCODE" }
}

Run @("--version")
Run @("--data-dir", $data, "demo")
Run @("--data-dir", $data, "check")
Run @("--data-dir", $data, "tour", (Join-Path $work "tour"))
if ((Get-ChildItem (Join-Path $work "tour") -Filter *.png).Count -lt 5) { throw "the tour wrote too few screenshots" }
$bundle = Join-Path $work "alles.praktijk"
Run @("--data-dir", $data, "export", "--all", "--out", $bundle)
Run @("--data-dir", $other, "import", $bundle)
Run @("--data-dir", $other, "check")
$backup = Join-Path $work "kopie.sqlite"
Run @("--data-dir", $data, "backup", "--out", $backup)
# A second backup to the same name must be refused (exit 2) and leave the file alone.
& $cli --data-dir $data backup --out $backup 2>$null
if ($LASTEXITCODE -ne 2) { throw "backup --out over an existing file: exit $LASTEXITCODE, expected 2" }

# The console exe with a redirected stdout: cmd's ">" passes the bytes as they are (PowerShell's
# own ">" would re-encode them). The names must arrive as UTF-8, whole.
$json = Join-Path $work "kandidaten.json"
cmd /c "`"$cli`" --data-dir `"$data`" candidates --json > `"$json`""
if ($LASTEXITCODE -ne 0) { throw "candidates --json ended with $LASTEXITCODE" }
$names = python -c "import json,sys; rows=json.load(open(sys.argv[1], encoding='utf-8')); print(len(rows)); assert any('Şükrü' in r['name'] for r in rows); assert any('Марія' in r['name'] for r in rows)" $json
if ($LASTEXITCODE -ne 0) { throw "candidates --json is not whole UTF-8" }
Write-Output "candidates --json: $names candidates, UTF-8"

# mark --stdin reads UTF-8 from a pipe: a mark by "Fatma Yılmaz" (the demo's trainer) must be
# acknowledged with "ok"; read as cp1252 her name would be unknown (exit 2).
$line = Join-Path $work "regel.jsonl"
python packaging\windows\mark_line.py $data $line
if ($LASTEXITCODE -ne 0) { throw "could not prepare a mark line" }
cmd /c "`"$cli`" --data-dir `"$data`" mark --stdin < `"$line`" > `"$work\mark.txt`""
if ($LASTEXITCODE -ne 0) { throw "mark --stdin ended with $LASTEXITCODE: $(Get-Content $work\mark.txt)" }
if (-not ((Get-Content $work\mark.txt -Encoding utf8) -like "ok *")) { throw "mark --stdin did not say ok" }

# The association: a .praktijk file opens praktijkdesk.exe with the file.
$progId = (Get-ItemProperty "HKCU:\Software\Classes\.praktijk").'(default)'
$command = (Get-ItemProperty "HKCU:\Software\Classes\$progId\shell\open\command").'(default)'
if ($command -notlike "*praktijkdesk.exe*%1*") { throw "association: $command" }
# The optional PATH task was chosen in the workflow.
$path = [Environment]::GetEnvironmentVariable("Path", "User")
if ($path -notlike "*$InstallDir*") { throw "the install folder is not on the user's PATH" }

Write-Output "Smoke test of the installed app: all steps passed."
