FROM python:3.10-slim
WORKDIR /app
COPY requirements.txt constraints.txt setup.py ./
RUN pip install --no-cache-dir -r requirements.txt
RUN pip install --no-cache-dir --requirement requirements.txt -c constraints.txt
RUN pip install --no-cache-dir --constraint constraints.txt scikit-learn pandas
RUN pip install --no-cache-dir .
RUN pip install --no-cache-dir -e .
RUN pip install --no-cache-dir dist/model_server-0.3.1-py3-none-any.whl
RUN pip install --no-cache-dir ./vendor/tokenizer
RUN pip install --no-cache-dir git+https://github.com/example/featurestore.git@v2.1.0
RUN pip install --no-cache-dir git+https://github.com/example/featurestore.git
RUN pip3 install --no-cache-dir requests
RUN python -m pip install --no-cache-dir --upgrade pip
RUN python3 -m pip install --no-cache-dir "numpy>=1.26,<2"
RUN pip install --user pipx==1.6.0 && pipx install black
RUN pip install --no-cache-dir pipenv==2024.0.1 && pipenv install --system --deploy
