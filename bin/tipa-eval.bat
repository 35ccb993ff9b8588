@echo off
rem tipa-eval launcher for Windows: finds a JDK >= 25, builds the application on first use, then runs it.
rem No arguments open the window; arguments run a command (see docs\spec\cli.md or --help).
rem The same steps as bin/tipa-eval (bash); written for cmd.exe with PowerShell for file times.
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "MIN_JAVA=25"
for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"
set "JAR=%APP_HOME%\target\tipa-eval.jar"

rem --- a JDK >= 25: JAVA_HOME when it is one, else the newest in the usual folders ---
set "JDK="
set "BESTV=0"
if defined JAVA_HOME (
  call :version "%JAVA_HOME%"
  if !V! geq %MIN_JAVA% set "JDK=%JAVA_HOME%"
)
if not defined JDK (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Amazon Corretto\*" "%USERPROFILE%\.jdks\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do (
    call :version "%%~fD"
    if !V! geq %MIN_JAVA% if !V! gtr !BESTV! (
      set "JDK=%%~fD"
      set "BESTV=!V!"
    )
  )
)
if not defined JDK (
  echo tipa-eval: JDK %MIN_JAVA% 이상을 찾지 못했습니다. 1>&2
  echo   Temurin %MIN_JAVA% ^(https://adoptium.net^) 을 설치하거나 JAVA_HOME 을 그 JDK 로 지정하십시오. 1>&2
  echo tipa-eval: no JDK %MIN_JAVA% or newer found ^(JAVA_HOME, Program Files^). Install one or set JAVA_HOME. 1>&2
  exit /b 1
)
set "JAVA_HOME=%JDK%"

rem --- build when the jar is missing or older than its sources ---
set "STALE=1"
if exist "%JAR%" if exist "%APP_HOME%\target\lib" (
  powershell -NoProfile -NonInteractive -Command ^
    "$j = (Get-Item -LiteralPath '%JAR%').LastWriteTime;" ^
    "$n = Get-ChildItem -Recurse -File -LiteralPath '%APP_HOME%\src\main','%APP_HOME%\fxml','%APP_HOME%\styles','%APP_HOME%\packaging\icons','%APP_HOME%\pom.xml' -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1;" ^
    "if ($n) { exit 0 } else { exit 1 }"
  if errorlevel 1 set "STALE=0"
)
if "%STALE%"=="1" (
  where mvn >nul 2>nul
  if errorlevel 1 (
    echo tipa-eval: Maven^(mvn^)이 없습니다. https://maven.apache.org 에서 설치하고 PATH 에 넣으십시오. / Maven ^(mvn^) not found. 1>&2
    exit /b 1
  )
  echo tipa-eval: 처음 실행이거나 소스가 바뀌어 빌드합니다 ^(1~3분^). / Building the application... 1>&2
  if not exist "%APP_HOME%\target" mkdir "%APP_HOME%\target"
  pushd "%APP_HOME%"
  call mvn -B -q -ntp -DskipTests package > "%APP_HOME%\target\build.log" 2>&1
  set "BUILD=!errorlevel!"
  popd
  if not "!BUILD!"=="0" (
    echo tipa-eval: 빌드에 실패했습니다. / Build failed. ^(%APP_HOME%\target\build.log^) 1>&2
    powershell -NoProfile -Command "Get-Content -Tail 40 -LiteralPath '%APP_HOME%\target\build.log'" 1>&2
    exit /b 4
  )
)

"%JAVA_HOME%\bin\java.exe" ^
  -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 ^
  --enable-native-access=ALL-UNNAMED ^
  -XX:+UseSerialGC ^
  -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%APP_HOME%\target\tipa-eval.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off ^
  %TIPA_EVAL_JAVA_OPTS% ^
  -cp "%APP_HOME%\target\tipa-eval.jar;%APP_HOME%\target\lib\*" ^
  kr.tipa.eval.Main %*
exit /b %errorlevel%

rem --- V := the feature version of the JDK at %1 (25 for JAVA_VERSION="25.0.1"), 0 when it is none ---
:version
set "V=0"
if not exist "%~1\bin\javac.exe" exit /b 0
if not exist "%~1\release" exit /b 0
for /f "usebackq tokens=2 delims==" %%A in (`findstr /b "JAVA_VERSION=" "%~1\release"`) do set "RAW=%%~A"
for /f "tokens=1 delims=.-" %%B in ("!RAW!") do set "V=%%B"
set /a "V=V+0" 2>nul || set "V=0"
exit /b 0
