import { describe, expect, it } from 'vitest';
import { GesangError } from './errors.js';

describe('GesangError', () => {
  it('renders a problem with the field and never the cause', () => {
    const error = new GesangError(400, 'validation_failed', 'bad', {
      field: 'body.name',
      cause: new Error('internal detail'),
    });
    expect(error.toProblem()).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'bad',
      field: 'body.name',
    });
    expect(JSON.stringify(error.toProblem())).not.toContain('internal detail');
  });

  it('carries a FHIR OperationOutcome with the field as expression', () => {
    const outcome = GesangError.badRequest('bad name', 'body.name').toOperationOutcome();
    expect(outcome).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'error', code: 'invalid', diagnostics: 'bad name', expression: ['body.name'] },
      ],
    });
  });

  it('builders set status and code', () => {
    expect(GesangError.notFound('Patient').status).toBe(404);
    expect(GesangError.forbidden().code).toBe('forbidden');
    expect(GesangError.unauthenticated().status).toBe(401);
    expect(GesangError.conflict('dup').status).toBe(409);
  });
});
