@echo off
rem Starts the Kezek shell and starts it again whenever it exits (a crash, new settings saved), for
rem Windows editions without Shell Launcher. Only staff's Quit in the PIN-guarded settings (exit
rem code 64) ends it. Install: docs/deploy.md, "Windows Pro".
set KEZEK_BIN=%ProgramFiles%\Kezek\kezek.exe
:loop
"%KEZEK_BIN%" --supervised %*
if %ERRORLEVEL% EQU 64 exit /b 0
timeout /t 2 /nobreak >nul
goto loop
