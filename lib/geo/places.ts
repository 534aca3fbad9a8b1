// Where the registry's cities are, for the map's points: longitude and latitude (WGS 84),
// keyed by the English city name the ventures carry. A city missing here is listed in the
// map's table but drawn without a point.
export type Place = { cityEn: string; cityRu: string; countryCode: string; lon: number; lat: number };

export const PLACES: readonly Place[] = [
  { cityEn: "Kostanay", cityRu: "Костанай", countryCode: "KZ", lon: 63.63, lat: 53.21 },
  { cityEn: "Turkestan", cityRu: "Туркестан", countryCode: "KZ", lon: 68.25, lat: 43.3 },
  { cityEn: "Astana", cityRu: "Астана", countryCode: "KZ", lon: 71.45, lat: 51.17 },
  { cityEn: "Almaty", cityRu: "Алматы", countryCode: "KZ", lon: 76.95, lat: 43.24 },
  { cityEn: "Shymkent", cityRu: "Шымкент", countryCode: "KZ", lon: 69.6, lat: 42.32 },
  { cityEn: "Tashkent", cityRu: "Ташкент", countryCode: "UZ", lon: 69.24, lat: 41.3 },
  { cityEn: "Samarkand", cityRu: "Самарканд", countryCode: "UZ", lon: 66.96, lat: 39.65 },
  { cityEn: "Andijan", cityRu: "Андижан", countryCode: "UZ", lon: 72.34, lat: 40.78 },
  { cityEn: "Bishkek", cityRu: "Бишкек", countryCode: "KG", lon: 74.59, lat: 42.87 },
  { cityEn: "Osh", cityRu: "Ош", countryCode: "KG", lon: 72.8, lat: 40.53 },
  { cityEn: "Dushanbe", cityRu: "Душанбе", countryCode: "TJ", lon: 68.78, lat: 38.56 },
  { cityEn: "Khujand", cityRu: "Худжанд", countryCode: "TJ", lon: 69.62, lat: 40.28 },
  { cityEn: "Ashgabat", cityRu: "Ашхабад", countryCode: "TM", lon: 58.38, lat: 37.95 },
  { cityEn: "Turkmenabat", cityRu: "Туркменабад", countryCode: "TM", lon: 63.58, lat: 39.07 },
  { cityEn: "Baku", cityRu: "Баку", countryCode: "AZ", lon: 49.87, lat: 40.41 },
  { cityEn: "Sumgait", cityRu: "Сумгаит", countryCode: "AZ", lon: 49.67, lat: 40.59 },
];

const byCity = new Map(PLACES.map((place) => [`${place.countryCode}:${place.cityEn}`, place]));

/** The coordinates of a venture's city, or undefined where the table has none. */
export function findPlace(countryCode: string, cityEn: string): Place | undefined {
  return byCity.get(`${countryCode}:${cityEn}`);
}
