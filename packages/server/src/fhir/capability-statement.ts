/**
 * The endpoint's CapabilityStatement (https://hl7.org/fhir/R4/capabilitystatement.html): FHIR
 * 4.0.1, JSON, read of DiagnosticReport and Observation, session-cookie security.
 */

/**
 * The statement served at `GET /fhir/R4/metadata`.
 * @example capabilityStatement().fhirVersion // '4.0.1'
 */
export function capabilityStatement(): Record<string, unknown> {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    software: { name: 'Gesang' },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Signed ECG reports and their waveforms. Sign in with POST /api/auth/login; the session cookie authorises these reads.',
        security: { description: 'Session cookie gesang_session (POST /api/auth/login).' },
        resource: [
          { type: 'DiagnosticReport', interaction: [{ code: 'read' }] },
          { type: 'Observation', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}
