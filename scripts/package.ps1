<#
.SYNOPSIS
  Build the counter app's one-folder bundle on Windows: dist\clerk-app\ with clerk-app.exe (the
  application, no console window) and clerk-app-cli.exe (the support commands and the self-test).

.DESCRIPTION
  The Windows twin of scripts/package: the same spec (bundle\clerk-app.spec) and the same driver
  (bundle\build.py), run from a virtual environment in .venv with the repository's three distributions and
  its pinned development tools (PyInstaller among them). It then runs the bundle's own self-test.
  Signing is a separate step (README, "Code signing"): pass -SignThumbprint to sign every program and
  library in the bundle with a certificate from the machine's certificate store.

  Needs: Python 3.11 or newer from python.org (64-bit), PowerShell 5.1 or 7. No compiler: every
  dependency has a Windows wheel. The CI workflow .github/workflows/windows-bundle.yml runs this script on
  a Windows runner; it was written on Linux and has not been run on a counter PC (README, "What was tested
  where").

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File scripts\package.ps1
  powershell -ExecutionPolicy Bypass -File scripts\package.ps1 -IfChanged -Python "py -3.12"
#>
param(
  [switch]$IfChanged,
  [string]$Python = "py -3",
  [string]$SignThumbprint = "",
  [string]$TimestampUrl = "",
  [switch]$SkipSelfTest
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked([string]$What, [scriptblock]$Command) {
  & $Command
  if ($LASTEXITCODE -ne 0) { throw "$What failed (exit status $LASTEXITCODE)" }
}

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
  $launcher, $launcherArgs = $Python.Split(" ")
  $launcherArgs = @($launcherArgs | Where-Object { $_ })
  Invoke-Checked "creating .venv" { & $launcher @launcherArgs -m venv .venv }
}
Invoke-Checked "upgrading pip" { & $venvPython -m pip install -q --upgrade pip }
# pip 25.1 or newer reads the [dependency-groups] table (PEP 735), as scripts/setup does on Linux.
Invoke-Checked "installing the distributions" {
  & $venvPython -m pip install -q -e .\activation-code -e .\central-service -e . --group dev
}

$buildArgs = @("-m", "bundle.build")
if ($IfChanged) { $buildArgs += "--if-changed" }
Invoke-Checked "building the bundle" { & $venvPython @buildArgs }

$bundle = "dist\clerk-app"
if ($SignThumbprint) {
  if (-not $TimestampUrl) { throw "-TimestampUrl is needed with -SignThumbprint (your CA's RFC 3161 service)" }
  $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
  if (-not $signtool) { throw "signtool.exe not found: install the Windows SDK's signing tools" }
  # Files that already carry a valid signature (Python's, Qt's) keep their makers' signatures.
  $files = @(Get-ChildItem $bundle -Recurse -Include *.exe, *.dll, *.pyd |
    Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } | ForEach-Object FullName)
  # One call per 100 files keeps the command line short; SHA-256 file digests and RFC 3161 time stamps.
  for ($i = 0; $i -lt $files.Count; $i += 100) {
    $chunk = $files[$i..([Math]::Min($i + 99, $files.Count - 1))]
    Invoke-Checked "signing" {
      & $signtool.FullName sign /sha1 $SignThumbprint /fd sha256 /tr $TimestampUrl /td sha256 /q @chunk
    }
  }
  Invoke-Checked "verifying the signatures" { & $signtool.FullName verify /pa /q "$bundle\clerk-app.exe" }
}

if (-not $SkipSelfTest) {
  # The console program shows the result; clerk-app.exe has no console to print it to.
  Invoke-Checked "the bundle's self-test" { & "$bundle\clerk-app-cli.exe" --self-test }
}
Write-Host "Bundle ready in $bundle"
