// Download and Copy for a text the user takes away (an export, a patch script), with the file's name and what the
// copy did: the browser may refuse the clipboard, and then the text is there to select and copy by hand.
import { useState } from 'react';
import { copyText } from './copy-text.ts';
import { downloadText } from './download-file.ts';

interface CopyDownloadProps {
  text: string;
  fileName: string;
  mediaType: string;
  /** Names what the buttons act on when a view has several ("Download the script"); plain "Download" without. */
  subject?: string;
}

export function CopyDownload({ text, fileName, mediaType, subject }: CopyDownloadProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const named = (verb: string) => (subject ? `${verb} ${subject}` : verb);
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => downloadText(text, fileName, mediaType)}>
          {named('Download')}
        </button>
        <button
          type="button"
          onClick={() =>
            void copyText(text).then((ok) =>
              setCopied(
                ok ? 'Copied to the clipboard.' : 'The browser refused to copy: select the text and copy it by hand.',
              ),
            )
          }
        >
          {named('Copy')}
        </button>
        <span className="note">
          File: <code>{fileName}</code>
        </span>
      </div>
      <p role="status" className="note">
        {copied}
      </p>
    </>
  );
}
