// Pusat bantuan dan kebijakan pengembalian dalam bahasa Indonesia: ramah, jelas, angka dari data toko.
import type { ZoneId } from '../shipping-zones.js';
import { joinList, type HelpFacts } from './help-facts.js';
import type { LanguageContent } from './topics.js';

const ZONES: Record<ZoneId, string> = {
  singapore: 'Singapura',
  southeast_asia: 'Asia Tenggara (Malaysia, Indonesia, Thailand, Vietnam, Filipina)',
  east_asia: 'Asia Timur (Tiongkok, Hong Kong, Taiwan, Jepang, Korea Selatan)',
  gulf_oceania: 'Teluk dan Oseania (UEA, Arab Saudi, Australia)',
  europe_americas: 'Eropa dan Amerika (Inggris, Spanyol, Portugal, AS, Meksiko, Brasil)',
};

const TAX_COUNTRIES: Record<string, readonly [country: string, tax: string]> = {
  SG: ['Singapura', 'GST'], MY: ['Malaysia', 'pajak barang bernilai rendah'], AU: ['Australia', 'GST'], GB: ['Inggris', 'PPN'], ES: ['Spanyol', 'PPN'], PT: ['Portugal', 'PPN'],
};

/** The countries where tax is paid at checkout, each with its rate and tax name. */
function taxedCountries(f: HelpFacts): string {
  const named = f.checkoutTax.map(({ country, percent }) => {
    const [name, tax] = TAX_COUNTRIES[country] ?? [country, 'pajak'];
    return `${name} (${tax} ${percent}%)`;
  });
  return joinList(named, 'id');
}

const GLOBAL_METHODS = ['Visa/Mastercard/Amex', 'PayPal', 'Apple Pay'];

const days = ([from, to]: readonly [number, number]): string => (from === to ? `${from} hari kerja` : `${from}–${to} hari kerja`);

export const ID: LanguageContent<HelpFacts> = {
  articles: (f) => ({
    'shipping-times': {
      title: 'Berapa lama pesanan saya sampai?',
      body: [
        `Semua pesanan dikemas di gudang kami di Singapura dalam ${f.processingDays} hari kerja setelah pembayaran (pesanan yang dibayar sebelum pukul 14.00 waktu Singapura pada hari kerja biasanya dikirim hari itu juga). Setelah itu, lama pengiriman:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: reguler ${days(zone.days.standard)}, ekspres ${days(zone.days.express)}.`),
        'Tanggal “tiba paling lambat” di konfirmasi pesanan sudah termasuk waktu pengemasan. Saat 11.11, 12.12, dan promo besar lainnya, tambahkan 2–3 hari.',
      ].join('\n'),
    },
    'shipping-fees': {
      title: 'Ongkos kirim dan gratis ongkir',
      body: [
        `Pengiriman reguler gratis untuk setiap pesanan senilai ${f.freeShippingThreshold} atau lebih setelah diskon (di Indonesia tampil sebagai ${f.localThreshold('IDR')} saat checkout). Di bawah itu, dan untuk pengiriman ekspres, ongkos kirimnya:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: reguler ${zone.fee.standard}, ekspres ${zone.fee.express}.`),
        `Pengiriman ekspres tidak pernah gratis, tetapi kode ${f.freeShippingCode.code} memberi gratis ongkir reguler mulai belanja ${f.freeShippingCode.minSpend}.`,
      ].join('\n'),
    },
    'customs-duties': {
      title: 'Bea cukai, bea masuk, dan pajak impor',
      body: `Untuk pesanan ke ${taxedCountries(f)}, pajaknya kami pungut saat checkout, jadi tidak ada biaya tambahan saat paket tiba. Untuk tujuan lain, termasuk Indonesia, bea cukai setempat dapat mengenakan bea masuk atau pajak impor saat paket masuk; kurir akan menagihnya kepada Anda sebelum paket diantar, dan jumlah pastinya tidak bisa kami perkirakan. Kami selalu mencantumkan nilai barang yang sebenarnya dan tidak dapat menandai pesanan sebagai hadiah. Proses bea cukai biasanya 1–3 hari; jika paket tertahan lebih dari ${f.customsStuckDays} hari, cek apakah ada pesan dari kurir yang meminta dokumen atau pembayaran, lalu kabari kami agar kami bantu menindaklanjuti. Jika Anda menolak membayar bea masuk, paket akan kembali ke kami dan kami mengembalikan dana untuk barangnya, tanpa ongkos kirim.`,
    },
    'tracking-help': {
      title: 'Melacak paket Anda',
      body: `Begitu paket meninggalkan gudang, kami mengirimkan nama kurir dan nomor resi lewat e-mail; Anda juga bisa memantaunya di halaman pelacakan kami atau di menu Pesanan pada akun Anda. Wajar jika status tidak berubah selama satu atau dua hari saat paket berpindah kurir atau diterbangkan ke luar negeri. Jika tidak ada pemindaian baru selama ${f.noScanDays} hari, hubungi kami dan kami akan membuka investigasi dengan kurir. Jika status tertulis terkirim tetapi paketnya tidak ada, tanyakan ke tetangga, satpam, atau cek loker paket, dan tunggu sampai akhir hari berikutnya; setelah itu kabari kami dalam 7 hari, kami akan mengajukan klaim lalu mengirim pengganti atau mengembalikan dana setelah kurir selesai memeriksa.`,
    },
    'returns-how-to': {
      title: 'Cara mengembalikan barang',
      body: `Anda punya waktu ${f.returns.windowDays} hari sejak barang diterima untuk mengembalikannya (${f.returns.vipWindowDays} hari untuk member VIP, yaitu pelanggan dengan total belanja di atas ${f.vipSpend}). Barang harus belum dipakai, belum dicuci, dan labelnya masih terpasang. Produk kecantikan dan perawatan kulit, pakaian dalam, dan kartu hadiah tidak dapat dikembalikan kecuali rusak, cacat, atau tidak sesuai pesanan. Caranya: buka Pesanan, pilih “Kembalikan barang”, centang barangnya dan pilih alasan, lalu kami kirim label prabayar lewat e-mail untuk Anda serahkan ke kurir. Untuk pengembalian karena berubah pikiran, biaya label ${f.returns.labelFee} dipotong dari dana yang dikembalikan; gratis untuk member VIP dan untuk barang cacat atau salah kirim. Pengembalian senilai lebih dari ${f.returns.manualApprovalAbove} akan diperiksa tim kami dalam ${f.returns.manualApprovalDays} hari kerja sebelum label dikirim.`,
    },
    exchanges: {
      title: 'Tukar ukuran atau warna',
      body: `Butuh ukuran atau warna lain dari barang yang sama? Anda bisa menukarnya dalam ${f.returns.exchangeWindowDays} hari sejak diterima, dan penukaran pertama untuk setiap barang gratis, termasuk labelnya. Mulai dari Pesanan → “Tukar”; kami kirim ukuran baru begitu kurir memindai paket retur Anda, jadi Anda tidak perlu menunggu paketnya sampai di gudang kami. Jika ukuran yang diinginkan habis, dana Anda kami kembalikan. Syarat kondisinya sama dengan pengembalian: belum dipakai dan label masih terpasang.`,
    },
    'refund-timing': {
      title: 'Kapan dana saya dikembalikan?',
      body: `Kami memproses pengembalian dana dalam ${f.returns.refundDays} hari kerja setelah barang retur tiba di gudang kami, dan memberi tahu Anda lewat e-mail. Dana kembali ke metode pembayaran semula: dompet digital seperti GoPay, OVO, atau DANA biasanya masuk dalam 1–3 hari, kartu kredit 5–10 hari kerja, dan transfer bank (Virtual Account) 3–5 hari kerja, tergantung bank Anda. Jika pesanan dibatalkan sebelum dikemas, dana diproses dalam 1 hari kerja.`,
    },
    'payment-methods': {
      title: 'Metode pembayaran',
      body: `Di Indonesia, Anda bisa membayar dengan ${joinList(f.paymentMethods('ID'), 'id')}. ${joinList(GLOBAL_METHODS, 'id')} juga bisa dipakai di sebagian besar negara. Untuk Virtual Account, pesanan menunggu pembayaran dan otomatis dibatalkan jika nomor Virtual Account kedaluwarsa (biasanya 24 jam), jadi pastikan membayar sebelum batas waktunya. Kami tidak pernah meminta data kartu lewat chat atau e-mail.`,
    },
    'coupons-promotions': {
      title: 'Cara memakai kode diskon dan promo',
      body: `Masukkan kode saat checkout. Setiap pesanan hanya bisa memakai satu kode, kecuali ${f.freeShippingCode.code} (gratis ongkir reguler mulai ${f.freeShippingCode.minSpend}) yang bisa digabung dengan kode persentase seperti ${f.welcome.code}. ${f.welcome.code} memberi diskon ${f.welcome.percent}% untuk pesanan pertama Anda di atas ${f.welcome.minSpend}. Promo otomatis seperti promo tanggal kembar langsung berlaku tanpa kode; beberapa promo tidak bisa digabung dengan kode, dan checkout akan otomatis memilih yang lebih hemat. Kode dan promo mulai serta berakhir sesuai waktu Singapura, tidak berlaku untuk kartu hadiah, dan tidak bisa ditambahkan setelah pesanan dibuat. Jika sebagian barang dari pesanan dengan promo minimum belanja dikembalikan, jumlah dana yang dikembalikan akan dihitung ulang.`,
    },
    'order-changes-cancellation': {
      title: 'Mengubah atau membatalkan pesanan',
      body: 'Anda bisa mengubah ukuran, warna, atau alamat pengiriman, atau membatalkan pesanan, selama kami belum mulai mengemasnya, biasanya dalam satu hari kerja setelah pembayaran. Lakukan di menu Pesanan, atau kirim pesan kepada kami dengan nomor pesanan Anda (misalnya PD-123456). Setelah dikemas atau dikirim, pesanan tidak bisa dihentikan, tetapi Anda bisa mengembalikannya setelah diterima. Pesanan Virtual Account atau QR yang belum dibayar akan batal sendiri saat kode pembayarannya kedaluwarsa. Jika Anda membatalkan pesanan yang sudah dibayar, dana diproses dalam 1 hari kerja.',
    },
    warranty: {
      title: 'Garansi dan barang cacat',
      body: `Gadget Tidewell (power bank, earbud, charger, dan casing ponsel) bergaransi ${f.warranty.gadgetMonths} bulan sejak diterima; produk lain dijamin ${f.warranty.defectDays} hari terhadap cacat produksi seperti jahitan lepas, ritsleting rusak, atau sol terlepas. Kirimkan nomor pesanan beserta foto atau video singkat, dan kami akan memperbaiki, mengganti, atau mengembalikan dana, dengan label retur gratis. Keausan wajar, terjatuh, terkena air melebihi batas ketahanannya, dan kerusakan karena salah pakai tidak termasuk garansi.`,
    },
    'size-guide': {
      title: 'Menemukan ukuran yang pas',
      body: 'Setiap halaman produk punya tabel ukuran dalam sentimeter. Untuk kemeja dan jaket, bandingkan lingkar dada Anda dengan tabel; kemeja linen kami berpotongan longgar, jadi pilih satu ukuran lebih kecil jika ingin lebih pas. Untuk dress, cek lingkar dada, pinggang, dan pinggul. Sepatu memakai ukuran EU, dengan padanan ukuran US pria dan wanita serta panjang kaki yang cocok: ukur kaki dari tumit sampai jari terpanjang, dan jika di antara dua ukuran, pilih yang lebih besar. Kaus kaki tersedia dalam S (EU 35–38), M (39–42), dan L (43–46). Kalau ukurannya kurang pas, tukar ukuran gratis.',
    },
    'account-help': {
      title: 'Akun, kata sandi, dan e-mail',
      body: `Anda tidak wajib punya akun untuk berbelanja, tetapi dengan akun Anda bisa melacak pesanan, menyimpan alamat, dan mengajukan retur dengan cepat. Lupa kata sandi? Pilih “Lupa kata sandi” di halaman masuk; tautannya berlaku ${f.passwordResetMinutes} menit, jadi cek folder spam jika belum masuk. Alamat e-mail dan pengaturan newsletter bisa diubah di Akun → Profil. Untuk menghapus akun, kirim e-mail ke ${f.supportEmail}; kami menghapusnya dalam ${f.accountDeletionDays} hari dan hanya menyimpan catatan pesanan yang diwajibkan hukum.`,
    },
    'gift-wrap': {
      title: 'Bungkus kado dan kartu ucapan',
      body: `Tambahkan bungkus kado saat checkout seharga ${f.giftWrapFee} per pesanan: kertas daur ulang, pita katun, dan kartu tulisan tangan berisi pesan Anda (maksimal ${f.giftMessageCharacters} karakter). Slip paket di dalam kiriman berbungkus kado tidak mencantumkan harga, dan Anda bisa mengirimnya langsung ke penerima. Kartu hadiah dikirim lewat e-mail pada tanggal yang Anda pilih. Penerima bisa menukar hadiah sesuai aturan biasa; pengembalian dana dikirim ke pembeli.`,
    },
    'group-buys': {
      title: 'Cara kerja beli bareng (group buy)',
      body: `Produk berlabel “Group Buy” lebih hemat ${f.groupBuy.percentOff}% jika dibeli bersama oleh ${f.groupBuy.size} orang. Mulai atau ikut grup, lalu bayar seperti biasa; pesanan Anda berstatus “menunggu grup” sampai ${f.groupBuy.size} pesanan yang sudah dibayar bergabung, lalu dikirim seperti pesanan lainnya. Jika grup tidak penuh dalam ${f.groupBuy.hours} jam, dana Anda dikembalikan penuh secara otomatis. Anda juga bisa keluar dari grup kapan saja sebelum grup penuh dengan pengembalian dana penuh.`,
    },
  }),
  returnPolicy: (f) => [
    'Kebijakan pengembalian Sunday Harbour',
    `Pengembalian: sebagian besar barang dapat dikembalikan dalam ${f.returns.windowDays} hari sejak diterima. Member VIP (total belanja di atas ${f.vipSpend}) mendapat ${f.returns.vipWindowDays} hari.`,
    `Penukaran: Anda dapat menukar dengan ukuran atau warna lain dari barang yang sama dalam ${f.returns.exchangeWindowDays} hari sejak diterima. Penukaran pertama untuk setiap barang gratis.`,
    'Kondisi: barang harus belum dipakai, belum dicuci, dan belum digunakan, dengan label asli terpasang; sepatu dikembalikan bersama kotaknya. Sertakan nomor pesanan Anda.',
    'Tidak dapat dikembalikan: produk kecantikan dan perawatan kulit, pakaian dalam, dan kartu hadiah, demi kebersihan dan keamanan, kecuali rusak, cacat, atau tidak sesuai pesanan.',
    `Biaya: tidak ada biaya restocking. Untuk pengembalian karena berubah pikiran, biaya label retur ${f.returns.labelFee} dipotong dari dana yang dikembalikan. Gratis untuk member VIP dan untuk barang yang cacat, rusak, atau salah kirim.`,
    `Persetujuan: pengembalian senilai lebih dari ${f.returns.manualApprovalAbove} ditinjau oleh tim kami dalam ${f.returns.manualApprovalDays} hari kerja sebelum label dikirim.`,
    `Pengembalian dana: dana dikembalikan ke metode pembayaran semula dalam ${f.returns.refundDays} hari kerja setelah barang retur kami terima. Bank atau dompet digital Anda mungkin butuh beberapa hari lagi untuk menampilkannya.`,
    `Barang cacat: gadget Tidewell bergaransi ${f.warranty.gadgetMonths} bulan; produk lain dijamin ${f.warranty.defectDays} hari terhadap cacat produksi.`,
    `Ada pertanyaan? Kirim e-mail ke ${f.supportEmail} atau chat dengan kami.`,
  ].join('\n'),
};
