// Body and product measurements in centimetres behind the size advice the bot gives.
// Size values match the lower-case option values on the variants ('m', '42', 'queen').
import type { SizeChart } from './product-spec.js';

export const UNISEX_SHIRT: SizeChart = [
  { size: 'xs', chest_cm: 96, length_cm: 68, shoulder_cm: 42 },
  { size: 's', chest_cm: 102, length_cm: 70, shoulder_cm: 44 },
  { size: 'm', chest_cm: 108, length_cm: 72, shoulder_cm: 46 },
  { size: 'l', chest_cm: 114, length_cm: 74, shoulder_cm: 48 },
  { size: 'xl', chest_cm: 120, length_cm: 76, shoulder_cm: 50 },
  { size: 'xxl', chest_cm: 126, length_cm: 78, shoulder_cm: 52 },
];

export const WOMENS_SHIRT: SizeChart = [
  { size: 'xs', bust_cm: 104, length_cm: 70, sleeve_cm: 52 },
  { size: 's', bust_cm: 110, length_cm: 72, sleeve_cm: 53 },
  { size: 'm', bust_cm: 116, length_cm: 74, sleeve_cm: 54 },
  { size: 'l', bust_cm: 122, length_cm: 76, sleeve_cm: 55 },
  { size: 'xl', bust_cm: 128, length_cm: 78, sleeve_cm: 56 },
];

export const DRESS: SizeChart = [
  { size: 'xs', bust_cm: 82, waist_cm: 64, hip_cm: 90, length_cm: 118 },
  { size: 's', bust_cm: 86, waist_cm: 68, hip_cm: 94, length_cm: 120 },
  { size: 'm', bust_cm: 92, waist_cm: 74, hip_cm: 100, length_cm: 122 },
  { size: 'l', bust_cm: 98, waist_cm: 80, hip_cm: 106, length_cm: 124 },
  { size: 'xl', bust_cm: 104, waist_cm: 86, hip_cm: 112, length_cm: 126 },
];

export const JACKET: SizeChart = [
  { size: 's', chest_cm: 104, length_cm: 70, sleeve_cm: 61 },
  { size: 'm', chest_cm: 110, length_cm: 72, sleeve_cm: 62 },
  { size: 'l', chest_cm: 116, length_cm: 74, sleeve_cm: 63 },
  { size: 'xl', chest_cm: 122, length_cm: 76, sleeve_cm: 64 },
  { size: 'xxl', chest_cm: 128, length_cm: 78, sleeve_cm: 65 },
];

export const TROUSERS: SizeChart = [
  { size: 'xs', waist_cm: 64, hip_cm: 92, inseam_cm: 76 },
  { size: 's', waist_cm: 68, hip_cm: 96, inseam_cm: 77 },
  { size: 'm', waist_cm: 74, hip_cm: 102, inseam_cm: 78 },
  { size: 'l', waist_cm: 80, hip_cm: 108, inseam_cm: 79 },
  { size: 'xl', waist_cm: 86, hip_cm: 114, inseam_cm: 80 },
];

export const BOXER_BRIEFS: SizeChart = [
  { size: 's', waist_cm: '71–76', hip_cm: '86–91' },
  { size: 'm', waist_cm: '76–84', hip_cm: '91–99' },
  { size: 'l', waist_cm: '84–92', hip_cm: '99–107' },
  { size: 'xl', waist_cm: '92–100', hip_cm: '107–115' },
];

export const BRALETTE: SizeChart = [
  { size: 'xs', underbust_cm: '63–67', bust_cm: '76–80' },
  { size: 's', underbust_cm: '68–72', bust_cm: '81–86' },
  { size: 'm', underbust_cm: '73–77', bust_cm: '87–92' },
  { size: 'l', underbust_cm: '78–82', bust_cm: '93–98' },
];

export const SOCKS: SizeChart = [
  { size: 's', eu_shoe: '35–38', us_women: '5–7.5', foot_length_cm: '22–24' },
  { size: 'm', eu_shoe: '39–42', us_women: '8–10.5', us_men: '6.5–9', foot_length_cm: '24.5–26.5' },
  { size: 'l', eu_shoe: '43–46', us_men: '9.5–12', foot_length_cm: '27–29.5' },
];

/** EU sizes with US men's and women's equivalents and the foot length each fits. */
const SHOE_ROWS: SizeChart = [
  { size: '36', eu: 36, us_men: 4, us_women: 5.5, foot_length_cm: 22.5 },
  { size: '37', eu: 37, us_men: 5, us_women: 6.5, foot_length_cm: 23.5 },
  { size: '38', eu: 38, us_men: 5.5, us_women: 7, foot_length_cm: 24 },
  { size: '39', eu: 39, us_men: 6.5, us_women: 8, foot_length_cm: 24.5 },
  { size: '40', eu: 40, us_men: 7, us_women: 8.5, foot_length_cm: 25.5 },
  { size: '41', eu: 41, us_men: 8, us_women: 9.5, foot_length_cm: 26 },
  { size: '42', eu: 42, us_men: 8.5, us_women: 10, foot_length_cm: 26.5 },
  { size: '43', eu: 43, us_men: 9.5, us_women: 11, foot_length_cm: 27.5 },
  { size: '44', eu: 44, us_men: 10, us_women: 11.5, foot_length_cm: 28 },
  { size: '45', eu: 45, us_men: 11, us_women: 12.5, foot_length_cm: 29 },
  { size: '46', eu: 46, us_men: 12, us_women: 13.5, foot_length_cm: 29.5 },
];

/** Shoe sizes from `from` to `to` (EU), as option values and the matching chart. */
export function shoeSizes(from: number, to: number): { values: string[]; chart: SizeChart } {
  const chart = SHOE_ROWS.filter((row) => Number(row.eu) >= from && Number(row.eu) <= to);
  return { values: chart.map((row) => String(row.size)), chart };
}

export const BUCKET_HAT: SizeChart = [
  { size: 'm', head_cm: '56–57' },
  { size: 'l', head_cm: '58–59' },
];

export const DUVET_COVER: SizeChart = [
  { size: 'single', width_cm: 140, length_cm: 200, fits_duvet: '135 × 200 cm' },
  { size: 'queen', width_cm: 210, length_cm: 210, fits_duvet: '200 × 200 cm' },
  { size: 'king', width_cm: 240, length_cm: 220, fits_duvet: '230 × 220 cm' },
];

export const FITTED_SHEET: SizeChart = [
  { size: 'single', mattress_cm: '91 × 190', pocket_depth_cm: 35 },
  { size: 'queen', mattress_cm: '152 × 190', pocket_depth_cm: 35 },
  { size: 'king', mattress_cm: '183 × 190', pocket_depth_cm: 35 },
];

/** Keeps only the rows for the sizes a product is cut in. */
export function chartFor(chart: SizeChart, sizes: readonly string[]): SizeChart {
  return chart.filter((row) => sizes.includes(String(row.size)));
}
