import type { FastifyInstance } from 'fastify';
import { addIdentifierRoute } from './add-identifier.js';
import { createPatientRoute } from './create-patient.js';
import { getPatientRoute } from './get-patient.js';
import { searchPatientsRoute } from './search-patients.js';
import { updatePatientRoute } from './update-patient.js';

/** Wires the /api/patients endpoints (every query goes through visibility.ts). */
export function patientRoutes(app: FastifyInstance): void {
  searchPatientsRoute(app);
  getPatientRoute(app);
  createPatientRoute(app);
  updatePatientRoute(app);
  addIdentifierRoute(app);
}
