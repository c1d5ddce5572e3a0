FROM mcr.microsoft.com/windows/servercore:ltsc2022
# hadolint shell=powershell
RUN Get-Process notepad | Stop-Process
RUN Get-ChildItem | Sort-Object Length
# hadolint shell=cmd.exe
RUN dir | find "x"
CMD ["cmd"]
