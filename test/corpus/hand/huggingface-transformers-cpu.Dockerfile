FROM python:3.11-slim
ENV HF_HOME=/opt/hf TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
RUN pip install --no-cache-dir torch==2.3.1+cpu --index-url https://download.pytorch.org/whl/cpu \
 && pip install --no-cache-dir transformers==4.41.2 sentencepiece==0.2.0 fastapi==0.111.0 uvicorn==0.30.1
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /opt/hf/model && cd /opt/hf/model \
 && curl -fsSLO https://huggingface.co/distilbert-base-uncased/resolve/main/config.json \
 && curl -fsSLO https://huggingface.co/distilbert-base-uncased/resolve/main/model.safetensors
COPY serve.py /opt/serve.py
RUN useradd -u 1000 -m hf && chown -R hf /opt/hf
USER hf
EXPOSE 7860
CMD ["uvicorn", "--app-dir", "/opt", "serve:app", "--host", "0.0.0.0", "--port", "7860"]
