// backend.live: send the integration requests to the REAL endpoints instead of the mocks. Off by default; turning it
// on says plainly that requests then leave this machine.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { withLive } from './backend-edits.ts';

export function LiveSwitch() {
  const live = useDesigner((s) => s.design.backend?.live === true);
  const { editDesign } = useActions();
  return (
    <div className={`live-switch${live ? ' live-on' : ''}`}>
      <label className="checkbox-option">
        <input
          type="checkbox"
          checked={live}
          aria-describedby="live-switch-warning"
          onChange={(e) => editDesign((d) => withLive(d, e.target.checked))}
        />
        Send to the real endpoint (backend.live)
      </label>
      <p id="live-switch-warning" className={live ? 'warning-box' : 'field-hint'} role={live ? 'alert' : undefined}>
        {live
          ? 'Live: every preview run sends the integration request to the real endpoint — it leaves this machine, with the sample data, on every keystroke. AWS endpoints also need signed requests, which the designer does not sign.'
          : 'Off: the mocks answer and nothing leaves this machine.'}
      </p>
    </div>
  );
}
