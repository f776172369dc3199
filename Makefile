# Vigil: monitoring-stack configuration as typed Swift.
#   make generate   check the specs and write generated/<stack>/
#   make test       lint, unit tests, then check (generated/ in sync), validate (promtool, amtool, docker-compose),
#                   e2e (each stack run on loopback with the real prometheus and alertmanager; beside validate) and scaffold-check
#                   (a stack from `specs new` passes them too)
#   make new NAME=Shop   write a new stack into specs/Shop/ and register it in specs/main.swift
#   STACK=<name>    limits generate, check, validate and e2e to one stack (its name under generated/)
#   make bench      release-build benchmark: synthetic stacks, Python dashboard libraries, make generate timings,
#                   SLO rules and rule packs on Prometheus (make bench-slo, make bench-packs: those sections alone)
SWIFT ?= swift
# The tools that prove a stack (scripts/proving-tools.tsv), installed by scripts/bootstrap.sh, come first on PATH.
export PATH := $(CURDIR)/.tools/bin:$(PATH)
SPECS := .build/debug/specs
FORMAT_PATHS := Package.swift Sources Tests specs
# `make validate STACK=crm`: the specs commands take --stack.
STACK ?=
STACK_OPTION := $(if $(STACK),--stack $(STACK))

.PHONY: all bootstrap bootstrap-build build generate check validate e2e new test scaffold-check unit lint format bench bench-slo bench-packs clean help

all: generate

help:
	@echo "make generate   check the specs and write generated/<stack>/"
	@echo "make check      fail when generated/ differs from what the specs generate"
	@echo "make validate   run promtool, amtool and docker-compose on generated/"
	@echo "make e2e        run each stack on 127.0.0.1 with the real prometheus and alertmanager, injecting faults"
	@echo "make test       lint, unit tests, check, validate and e2e side by side, then scaffold-check (specs new Demo passes them)"
	@echo "                STACK=<name> limits generate, check, validate and e2e to one stack: make validate STACK=crm"
	@echo "make new NAME=Shop  write a new stack into specs/Shop/ and register it in specs/main.swift"
	@echo "make lint       swift format lint and shellcheck;  make format   swift format in place"
	@echo "make bench      benchmark in a release build (see BENCHMARKS.md); not part of make test"
	@echo "make bench-slo  its SLO section alone: Vigil's, Sloth's and Pyrra's SLO rules on the real Prometheus"
	@echo "make bench-packs  its rule pack section alone: every pack alert over 100 targets per exporter"
	@echo "make clean      remove build folders"

bootstrap-build:
	@scripts/bootstrap.sh build

bootstrap:
	@scripts/bootstrap.sh all

build: bootstrap-build
	$(SWIFT) build --product specs

generate: build
	$(SPECS) generate $(STACK_OPTION)

check: build
	$(SPECS) check $(STACK_OPTION)

validate: bootstrap build
	$(SPECS) validate $(STACK_OPTION)

e2e: bootstrap build
	$(SPECS) e2e $(STACK_OPTION)

new: build
	@test -n "$(NAME)" || { echo "usage: make new NAME=<UpperCamelCase name>, e.g. make new NAME=Shop" >&2; exit 2; }
	$(SPECS) new $(NAME)

unit: bootstrap
	$(SWIFT) test

# validate and e2e run side by side (e2e mostly waits for alerts to fire), each one's output kept together.
test: lint unit check
	$(MAKE) --no-print-directory --output-sync=target -j2 validate e2e
	$(MAKE) --no-print-directory scaffold-check

# specs new Demo, then lint, generate, check, validate and e2e of the new stack; the checkout is put back after.
scaffold-check: bootstrap build
	SWIFT=$(SWIFT) scripts/scaffold-check.sh

lint: bootstrap
	$(SWIFT) format lint --strict --recursive --configuration .swift-format $(FORMAT_PATHS)
	shellcheck scripts/*.sh scripts/bench/*.sh

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format $(FORMAT_PATHS)

bench:
	SWIFT=$(SWIFT) scripts/bench/run.sh

bench-slo:
	SWIFT=$(SWIFT) scripts/bench/slo.sh

bench-packs:
	SWIFT=$(SWIFT) scripts/bench/packs.sh

clean:
	rm -rf .build
