#!/usr/bin/env bash
# Starts CUPS (if it is not running) and creates the "PDF" queue (cups-pdf), so the print
# path is tested for real: lp -> cupsd -> cups-pdf -> a PDF file in ~/PDF.
set -euo pipefail
if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  /usr/sbin/cupsd
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q 'is running' && break; sleep 0.2; done
fi
if ! lpstat -p PDF >/dev/null 2>&1; then
  lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
fi
cupsenable PDF
cupsaccept PDF
lpstat -p PDF
