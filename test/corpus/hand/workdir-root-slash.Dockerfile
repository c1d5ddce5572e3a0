FROM busybox:1.36
WORKDIR /
COPY entrypoint.sh .
COPY config.json ./config/
RUN chmod +x /entrypoint.sh && chown -R 1000:1000 /config
USER 1000
ENTRYPOINT ["/entrypoint.sh"]
