#!/usr/bin/env bash
# Regenerates test/vectors/signing.json. The expected signatures are computed here with
# `openssl dgst -sha256 -hmac`, independently of the kit's own code, so the tests check the kit against them.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

hmac() { # $1 secret, $2 file with the exact message bytes
  openssl dgst -sha256 -hmac "$1" -hex < "$2" | sed 's/^.*= //'
}

# name | profile | secret | timestamp | body (exact bytes, UTF-8) | message template (body/event_id/timestamped)
cat > "$dir/cases.tsv" <<'CASES'
v2-basic	spike-health-v2	spike_app_secret_token	-	{"event_id":"6f1d5c1e-4b7a-4c8e-9d2f-0a3b4c5d6e7f","event_type":"realtime_update","timestamp":"2026-01-15T07:12:44Z","user_id":"3c6b0b52-1f7e-4a4d-8e9a-2b1c0d9e8f7a","client_user_id":"user-42","source":"garmin","data_type":"steps","data":[{"date":"2026-01-14","value":8412,"intraday_data":[],"source":"garmin"}]}	event_id
v2-event-id-late	spike-health-v2	spike_app_secret_token	-	{"data_type": "sleep", "data": [], "event_id": "0b6e2a9c-7d41-4f0e-8c35-9a1d2e3f4b5c"}	event_id
v2-escaped-key	spike-health-v2	spike_app_secret_token	-	{"event_id":"forged-first","data_type":"steps","event\\u005fid":"7c2e9d41-0f3a-4b6e-a1d8-5e9f0c2b3a4d","data":[]}	event_id
v3-batch	spike-health-v3	whsk_3f9a2c	-	[{"application_user_id":"user-1","timestamp":"2025-04-15T13:33:55.271331177Z","event_type":"record_change","metrics":["steps","heartrate"],"activity_types":["walking"],"provider_slug":"fitbit","earliest_record_start_at":"2025-04-15T06:00:00Z","latest_record_end_at":"2025-04-15T13:30:00Z"},{"application_user_id":"user.two_2","timestamp":"2025-04-15T13:33:55.271331177Z","event_type":"provider_integration_created","provider_slug":"oura"}]	body
v3-pretty-unicode	spike-health-v3	whsk_3f9a2c	-	[\n  {\n    "application_user_id": "zo\\u00eb-1",\n    "event_type": "record_change",\n    "metrics": ["weight"],\n    "value": 1.50\n  }\n]\n	body
forms-seed	spike-forms	form_webhook_secret	-	{"event":"submission.created","formId":"clx123abc","formName":"Contact Form","formSlug":"abc123xyz","submissionId":"sub_xyz789","data":{"email":"john@example.com","name":"John Doe","message":"Hello, I have a question..."},"metadata":{"ip":"1.2.3.4","userAgent":"Mozilla/5.0...","referrer":"https://yoursite.com/contact","country":"US","timestamp":"2024-01-15T10:30:00.000Z"}}	body
forms-utf8	spike-forms	s3cret	-	{"event":"submission.created","formId":"form_7Hq2","formName":"Kontakt","formSlug":"kontakt","submissionId":"sub_9","data":{"name":"Zoë Müller","message":"Grüße 👋 — 東京","tags":["a","b"]},"metadata":{"ip":"2001:db8::1","userAgent":"Mozilla/5.0","referrer":"","country":"DE","timestamp":"2026-01-15T10:30:00.000Z"}}	body
timestamped	spike-forms-timestamped	s3cret	1767225600	{"event":"submission.created","timestamp":"2026-01-01T00:00:00.000Z","form":{"id":"frm_1","name":"Contact","slug":"contact"},"submission":{"id":"sub_1","data":{"name":"John","email":"john@example.com","message":"Hello"},"createdAt":"2026-01-01T00:00:00.000Z"}}	timestamped
CASES

entries=()
while IFS=$'\t' read -r name profile secret timestamp body kind; do
  printf '%b' "$body" > "$dir/body"        # %b expands \n and \uXXXX as in the table
  case "$kind" in
    body) cp "$dir/body" "$dir/msg" ;;
    event_id) python3 -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["event_id"])' "$dir/body" > "$dir/msg" ;;
    timestamped) { printf '%s.' "$timestamp"; cat "$dir/body"; } > "$dir/msg" ;;
  esac
  digest=$(hmac "$secret" "$dir/msg")
  entries+=("$(python3 - "$name" "$profile" "$secret" "$timestamp" "$dir/body" "$dir/msg" "$digest" <<'PY'
import json, sys
name, profile, secret, ts, body_file, msg_file, digest = sys.argv[1:]
body = open(body_file, 'rb').read().decode('utf-8')
msg = open(msg_file, 'rb').read().decode('utf-8')
print(json.dumps({"name": name, "profile": profile, "secret": secret,
  "timestamp": None if ts == '-' else ts, "body": body, "signedMessage": msg, "hmacHex": digest},
  ensure_ascii=False))
PY
)")
done < "$dir/cases.tsv"

{
  echo '{'
  echo '  "comment": "HMAC-SHA256 vectors computed with openssl dgst -sha256 -hmac by scripts/signing-vectors.sh, independently of the kit.",'
  echo "  \"openssl\": \"$(openssl version)\","
  echo '  "vectors": ['
  for i in "${!entries[@]}"; do
    sep=','; [ "$i" -eq $((${#entries[@]} - 1)) ] && sep=''
    echo "    ${entries[$i]}$sep"
  done
  echo '  ]'
  echo '}'
} > test/vectors/signing.json
echo "wrote test/vectors/signing.json (${#entries[@]} vectors)"
