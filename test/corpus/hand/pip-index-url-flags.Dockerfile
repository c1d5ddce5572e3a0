FROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-pip=22.0.2+dfsg-1ubuntu0.4 \
    && rm -rf /var/lib/apt/lists/*
RUN pip3 install --no-cache-dir --index-url https://download.pytorch.org/whl/cu121 torch==2.3.1 torchvision==0.18.1
RUN pip3 install --no-cache-dir --extra-index-url https://pypi.example.com/simple internal-features
RUN pip3 install --no-cache-dir -i https://pypi.example.com/simple internal-metrics~=1.4
RUN pip3 install --no-cache-dir --target /opt/plugins tritonclient[all]
RUN pip3 install --no-cache-dir --prefix=/install "transformers!=4.40.0"
RUN pip3 install --no-cache-dir --trusted-host pypi.example.com sentencepiece===0.2.0
RUN pip3 install --no-cache-dir --upgrade-strategy eager accelerate
RUN pip3 install --no-cache-dir --progress-bar off safetensors<=0.4.3
