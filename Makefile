# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/budget_compare_test
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run serve test test-sqlite test-postgres bench accuracy corruptions browser-deps office-deps venv clean

venv: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

# Hashed, gzip- and brotli-compressed static files for DEBUG-off serving; redone only when static/ or the
# installed packages change (brotli on plotly.js takes a few seconds).
STATIC_MANIFEST := var/staticfiles/staticfiles.json
$(STATIC_MANIFEST): $(STAMP) $(shell find static -type f 2>/dev/null)
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: $(STAMP) $(STATIC_MANIFEST)
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	DJANGO_DEBUG=1 $(PY) manage.py ensure_local_admin
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

# As production runs it: gunicorn on 127.0.0.1:$(PORT), DEBUG off, static files through whitenoise, uploads parsed
# in the cage by a thread of each web worker, or by a Celery worker when CELERY_BROKER_URL is set.
PORT ?= 8000
serve: export DJANGO_DEBUG := 0
serve: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0
	@if [ -n "$$CELERY_BROKER_URL" ]; then \
	  echo "CELERY_BROKER_URL set: starting a Celery worker beside gunicorn"; \
	  $(VENV)/bin/celery -A config worker --pool=threads --concurrency=2 --loglevel=warning & \
	  trap "kill $$!" EXIT INT TERM; \
	  $(PY) manage.py resume_uploads; \
	  PORT=$(PORT) $(VENV)/bin/gunicorn config.wsgi -c config/gunicorn.py; \
	else PORT=$(PORT) $(VENV)/bin/gunicorn config.wsgi -c config/gunicorn.py; fi

# Browser tests drive Debian's chromium; install it where we can (CI runs as root), else they skip.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
	      || echo "could not install chromium: browser tests will skip"; \
	  else echo "chromium not installed and not root: browser tests will skip"; fi; \
	fi

# The XLSX print test converts a workbook with LibreOffice; install it where we can, else that test skips.
office-deps:
	@if ! command -v soffice >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing LibreOffice Calc for the XLSX print test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null) \
	      || echo "could not install LibreOffice: the XLSX print test will skip"; \
	  else echo "LibreOffice not installed and not root: the XLSX print test will skip"; fi; \
	fi

test: $(STAMP) browser-deps office-deps test-sqlite test-postgres

# Two workers for everything but the browser tests, which run on their own (one chromium at a time).
test-sqlite:
	$(PY) -m pytest -q -n 2 -m "not browser"
	$(PY) -m pytest -q -m browser

# When PostgreSQL answers on 127.0.0.1:5432, run the database tests a second time against it.
test-postgres:
	@if $(PY) -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2)" 2>/dev/null; then \
	  echo "PostgreSQL answers: running the database tests against it"; \
	  DATABASE_URL=$(PG_URL) $(PY) -m pytest -q -n 2 -m "django_db and not browser" -p no:randomly --create-db; \
	else echo "PostgreSQL not reachable on 127.0.0.1:5432: skipped the second database run"; fi

bench: $(STAMP)
	$(PY) bench/run.py

# The parser's scoreboard: every corpus it can see (../shared seeds and realdocs, tests/fixtures/variants*) against
# its truth: refusals, crashes, field recall and precision, and each wrong value.
accuracy: $(STAMP)
	$(PY) bench/accuracy.py

# Single-digit corruptions of every amount a document prints twice: how many the check engine reports (several minutes).
corruptions: $(STAMP)
	$(PY) tests/parsing/run_mutations.py

clean:
	rm -rf $(VENV) var test-artifacts
