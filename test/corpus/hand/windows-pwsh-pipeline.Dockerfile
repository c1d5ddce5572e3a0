# escape=`
FROM mcr.microsoft.com/powershell:lts-7.4-windowsservercore-ltsc2022
SHELL ["pwsh", "-NoLogo", "-Command"]
RUN Get-Service | Where-Object Status -eq Running | Select-Object -First 5
RUN Install-Module -Name Pester -Force -Scope AllUsers
WORKDIR D:/work
COPY scripts/ scripts/
CMD pwsh -File scripts/run.ps1
