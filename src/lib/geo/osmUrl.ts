/**
 * A plain OpenStreetMap link for a venue: a marker at its coordinates when the record has them, otherwise a search
 * for its name and address. A link rather than an embedded map: no script, no third-party requests on page load.
 */
export function osmUrl(venue: {
  name: string;
  address: string;
  coordinates?: { lat: number; lng: number } | undefined;
}): string {
  if (venue.coordinates) {
    const { lat, lng } = venue.coordinates;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.name}, ${venue.address}`)}`;
}
