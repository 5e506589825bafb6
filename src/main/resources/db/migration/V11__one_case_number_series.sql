-- Acknowledgement numbers counted under 'ack:RJ-UDR-MPACS-2026' while every other kind of case
-- counted under its own prefix ('RJ-UDR-BYLAW-2026'); all cases now take their numbers from one
-- series keyed by the prefix alone (numbering.CaseNumbers), so the counts carry on where they were.
update number_sequence set scope = substring(scope from 5) where scope like 'ack:%';
