FROM alpine:3.20
RUN ["/bin/sh", "-c", "wget -qO- https://example.com/setup.sh | sh"]
RUN ["apk", "add", "--no-cache", "curl"]
RUN ["sudo", "apk", "add", "--no-cache", "bash=5.2.26-r0"]
CMD ["sh", "-c", "echo $HOME | cat"]
