// Saves text as a file the browser downloads: a Blob and an object URL on a temporary link, as the platform expects.
// Nothing is sent anywhere; the URL is released once the browser has had time to start the download.
export function downloadText(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is far more than it needs to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
