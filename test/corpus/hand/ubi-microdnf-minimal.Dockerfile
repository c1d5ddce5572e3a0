FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y shadow-utils tar gzip && microdnf clean all
RUN microdnf install --nodocs python3.11-3.11.7 \
    && microdnf clean all
RUN microdnf update -y
RUN microdnf install -y libgomp-11.4.1 && microdnf clean all
COPY --chown=1001:0 model.onnx /opt/app-root/model.onnx
USER 1001
CMD ["python3.11", "-m", "http.server"]
