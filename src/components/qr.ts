import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time: no runtime service and no image request. The URL is
 * the page's canonical address, so a scan opens the live site, not the machine that printed it.
 */
export async function qrSvg(url: string): Promise<string> {
	// One byte-mode segment: a URL gains nothing from the library's search for the best mode mix.
	const svg = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
	});
	// Presentational inside a labelled wrapper; keep it crisp at any size.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
