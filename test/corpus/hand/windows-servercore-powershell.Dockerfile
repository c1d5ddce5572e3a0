# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV PYTHON_VERSION=3.11.9
RUN Invoke-WebRequest -Uri "https://www.python.org/ftp/python/$env:PYTHON_VERSION/python-$env:PYTHON_VERSION-amd64.exe" -OutFile python.exe ; `
    Start-Process python.exe -Wait -ArgumentList '/quiet', 'InstallAllUsers=1', 'PrependPath=1' ; `
    Remove-Item python.exe -Force

RUN Get-ChildItem C:\ | Select-Object Name | Out-String
WORKDIR C:\app
COPY requirements.txt .
RUN pip install -r requirements.txt ; `
    pip install waitress
COPY . .
EXPOSE 8080
CMD ["python", "serve.py"]
