# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerAdministrator
SHELL ["cmd", "/S", "/C"]
WORKDIR C:\tools
COPY bin\ C:\tools\bin\
RUN setx /M PATH "%PATH%;C:\tools\bin" && `
    mkdir C:\data
RUN dir C:\tools | findstr bin
USER ContainerUser
ENTRYPOINT ["C:\\tools\\bin\\server.exe"]
