FROM debian:12-slim
RUN set -o pipefail && curl -fsSL https://example.com/install.sh | sh
RUN bash -o pipefail -c "curl -fsSL https://example.com/install.sh | bash"
RUN echo "no pipe here || fallback" || true
RUN echo 'a|b' > /tmp/literal
RUN grep -q root /etc/passwd |& cat
RUN cat /etc/os-release | grep VERSION
