FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04
ARG DEBIAN_FRONTEND=noninteractive
ENV TORCH_CUDA_ARCH_LIST="8.0;8.6;9.0" NCCL_DEBUG=INFO
RUN apt-get update && apt-get install -y --no-install-recommends \
      python3.10 python3-pip git openssh-server \
    && rm -rf /var/lib/apt/lists/*
RUN pip3 install --no-cache-dir torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121
RUN pip3 install --no-cache-dir deepspeed wandb
RUN mkdir /var/run/sshd && service ssh start
WORKDIR /workspace
COPY train.py configs/ ./
ENTRYPOINT ["torchrun", "--nproc_per_node=8", "train.py"]
