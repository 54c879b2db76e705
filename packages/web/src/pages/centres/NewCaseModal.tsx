import { centreLabels, centres, localize, type Centre } from '@gesang/domain';
import { App, Form, Modal, Radio, Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { openCase } from '../../api/cases.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { useNow } from '../ecg-reader/use-now.js';
import { describeAttribute } from './attribute-fields.js';
import { eventLabel, textOr } from './centre-text.js';
import { isFuture } from './event-time.js';
import { initialEvents, manualOpenings, openCaseBody, type ManualOpening } from './new-case.js';
import { PatientPicker } from './PatientPicker.js';
import { TimeField } from './TimeField.js';

/** Props of {@link NewCaseModal}. */
export interface NewCaseModalProps {
  onCancel: () => void;
  /** The case was opened; its id. */
  onCreated: (caseId: string) => void;
}

/**
 * Opening a case by hand for a patient who came in without a green channel: the centre, how
 * they came (walk-in, ambulance, transfer from a county), the patient if registered, and the
 * first times (onset, first medical contact, door), each with a "now" button.
 */
export function NewCaseModal({ onCancel, onCreated }: NewCaseModalProps): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const locale = currentLocale();
  const nowMs = useNow(15_000);
  const [centre, setCentre] = useState<Centre>('chest_pain');
  const [openedHow, setOpenedHow] = useState<ManualOpening>('walk_in');
  const [patientId, setPatientId] = useState<string | null>(null);
  const [times, setTimes] = useState<Record<string, string | null>>({});
  const [onsetBand, setOnsetBand] = useState<string | null>(null);
  const bandField = describeAttribute('onsetBand');
  const bands = centre === 'chest_pain' && bandField?.kind === 'choice' ? bandField.options : [];
  const [busy, setBusy] = useState(false);
  const future = Object.values(times).some((at) => at !== null && isFuture(at, nowMs));

  const submit = async (): Promise<void> => {
    if (future) {
      return;
    }
    setBusy(true);
    try {
      const created = await openCase(
        openCaseBody({
          centre,
          openedHow,
          patientId,
          times,
          onsetBand: bands.length > 0 ? onsetBand : null,
        }),
      );
      void message.success(t('centres.newCase.created'));
      onCreated(created.id);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('centres.newCase.title')}
      onCancel={onCancel}
      onOk={() => void submit()}
      okText={t('centres.newCase.create')}
      okButtonProps={{ loading: busy, size: 'large', 'data-testid': 'new-case-submit' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="new-case-form">
        <Form.Item label={t('centres.newCase.centre')}>
          <Select
            size="large"
            value={centre}
            onChange={setCentre}
            options={centres.map((c) => ({ value: c, label: localize(centreLabels[c], locale) }))}
            data-testid="new-case-centre"
          />
        </Form.Item>
        <Form.Item label={t('centres.newCase.how')}>
          <Radio.Group
            value={openedHow}
            onChange={(e) => setOpenedHow(e.target.value as ManualOpening)}
            optionType="button"
            buttonStyle="solid"
            size="large"
            options={manualOpenings.map((how) => ({
              value: how,
              label: t(`centres.openedHow.${how}`),
            }))}
            data-testid="new-case-how"
          />
        </Form.Item>
        <Form.Item label={t('centres.newCase.patient')} extra={t('centres.newCase.patientHint')}>
          <PatientPicker value={patientId} onChange={setPatientId} />
        </Form.Item>
        {initialEvents[centre].map((event) => [
          <Form.Item
            key={event}
            label={eventLabel(centre, event, locale)}
            validateStatus={times[event] && isFuture(times[event], nowMs) ? 'error' : undefined}
            help={
              times[event] && isFuture(times[event], nowMs) ? t('centres.events.future') : undefined
            }
          >
            <TimeField
              value={times[event] ?? null}
              onChange={(at) => setTimes((current) => ({ ...current, [event]: at }))}
              testId={`new-case-${event}`}
            />
          </Form.Item>,
          event === 'symptom_onset' && bands.length > 0 && (
            <Form.Item key="onsetBand" label={textOr(t, 'centres.attributes.labels.onsetBand', '')}>
              <Select
                size="large"
                allowClear
                value={onsetBand ?? undefined}
                placeholder={t('centres.attributes.unset')}
                onChange={(v: string | undefined) => setOnsetBand(v ?? null)}
                options={bands.map((band) => ({
                  value: band,
                  label: textOr(t, `centres.attributes.values.${band}`, band),
                }))}
                data-testid="new-case-onset-band"
              />
            </Form.Item>
          ),
        ])}
      </Form>
    </Modal>
  );
}
