FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        build-essential \
        ca-certificates \
        cmake \
        curl \
        git \
        libssl-dev \
        pkg-config \
        python3-dev \
        python3-pip \
        unzip \
        wget \
        zlib1g-dev \
    && mkdir -p /opt/src \
    && cd /opt/src \
    # fetch protobuf sources
    && curl -fsSL -o protobuf.tar.gz https://github.com/protocolbuffers/protobuf/archive/v3.20.3.tar.gz \
    && tar -xzf protobuf.tar.gz \
    && cd protobuf-3.20.3 \
    && cmake -S cmake -B build -Dprotobuf_BUILD_TESTS=OFF \
    && cmake --build build -j"$(nproc)" \
    && cmake --install build \
    && cd /opt/src \
    # onnxruntime from source
    && git clone --depth 1 --branch v1.18.1 https://github.com/microsoft/onnxruntime.git \
    && cd onnxruntime \
    && ./build.sh --config Release --build_shared_lib --parallel --skip_tests \
    && cp build/Linux/Release/libonnxruntime.so* /usr/local/lib/ \
    && ldconfig \
    && mkdir -p /opt/onnxruntime/include \
    && cp -r include/onnxruntime/core/session/*.h /opt/onnxruntime/include/ \
    && strip --strip-unneeded /usr/local/lib/libonnxruntime.so* \
    # quick smoke test of the shared library
    && ldd /usr/local/lib/libonnxruntime.so | grep -q libstdc \
    && python3 -c "import onnx; print(onnx.__version__)" \
    && cd / \
    && wget -q https://example.com/extra/model-tools.zip -O /tmp/model-tools.zip \
    && unzip /tmp/model-tools.zip -d /opt/model-tools \
    && rm -f /tmp/model-tools.zip \
    && pip3 install --no-cache-dir numpy==1.26.4 onnx==1.16.1 \
    && apt-get purge -y --auto-remove build-essential cmake \
    && apt-get clean \
    && rm -rf /opt/src \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1001 runner \
    && chown -R runner:runner /opt/model-tools \
    && echo "done"
USER runner
WORKDIR /home/runner
CMD ["python3"]
