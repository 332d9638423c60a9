-- Shelfwise evaluation set, part 2 of 4: 4-6 June 2026 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(3064, 'S09', 'quillandquire', 'admin@quillandquire.co.uk', '2026-06-04 09:25', $s$CSV import ignores Variant Image column$s$,
$b$Hello,

I'm moving our stationery shop over and used the product CSV template from your help centre. Everything imported except the variant pictures: the notebooks have 6 cover colours each and every variant ended up with no image, so the product page just shows the first photo whatever colour you pick. I checked the file, "Variant Image" is filled on each row with a full https link. The "Image Src" images did import.

Is the Variant Image column still supported? The help article says it is.

Regards,
Oliver Bennett
Quill & Quire$b$),
(3065, NULL, 'nordlicht-wolle', 'info@nordlicht-wolle.de', '2026-06-04 10:05', $s$CSV-Import bricht ab: ungültige Zeichenkodierung$s$,
$b$Hallo,

beim Produktimport per CSV bekomme ich nach dem Hochladen sofort "Import fehlgeschlagen: Ungültige Zeichenkodierung in Zeile 14". In Zeile 14 steht "Sockengarn Größe 4-fädig". Die Datei habe ich aus Excel als CSV gespeichert. Ohne Umlaute (Testdatei mit zwei Zeilen) klappt der Import.

Wie muss ich die Datei speichern, damit Shelfwise sie annimmt?

Liebe Grüße
Birte Hansen
Nordlicht Wolle$b$),
(3066, NULL, 'ridgeway-bikes', 'warehouse@ridgewaybikes.co.uk', '2026-06-04 11:30', $s$Stock not syncing with warehouse since yesterday$s$,
$b$Hi,

our stock levels in Shelfwise haven't updated from the warehouse since yesterday around 4pm. In Apps > Warehouse Connect the log shows "Authentication failed: API key expired" every 15 minutes. I think our 3PL rotated the keys last week. Where do I put the new key? I can't see an edit field, only "Disconnect".

Thanks
Dan Kowalski
Warehouse Manager, Ridgeway Bikes$b$),
(3067, 'S12', 'teeladen-elbe', 'shop@teeladen-elbe.de', '2026-06-04 09:50', $s$Stock is reduced two times$s$,
$b$Hello Shelfwise,

since we activated the connection to our fulfilment warehouse last week, every order reduces the stock two times. Example: Earl Grey 250 g had 40 pieces, after an order of 1 piece it stands at 38. In the warehouse there are 39. Because of this, articles are shown as "sold out" although we still have goods.

In the history of the article I see two entries "Order #5521 −1", one from "Shelfwise" and one from "Warehouse Connect".

Best regards
Henrik Sommer
Teeladen an der Elbe$b$),
(3068, NULL, 'nordic-nest-living', 'support@nordicnest.living', '2026-06-04 12:10', $s$Pay Later not showing for small orders$s$,
$b$Hi, a few customers asked why they can't choose Pay Later at checkout. It seems to appear on some orders and not on others. Is there a minimum order amount? Our cheapest products are €19 cushion covers. Can I change that limit, or show a message so customers know? Thanks, Astrid$b$),
(3069, 'S16', 'velvet-fox-vintage', 'shop@velvetfoxvintage.com', '2026-06-04 09:15', $s$Pay Later orders stuck on Payment pending$s$,
$b$Hi,

three orders from yesterday that were paid with Pay Later are still showing "Payment pending" in the admin. The customers got the approval e-mail from the Pay Later provider ("You're approved, your first instalment is due on..."), so they think they've paid. Since the order is pending, I can't fulfil or print a label.

Orders #7712, #7715, #7719. Normally they switch to "Paid" within a minute.

Cheers,
Mara
Velvet Fox Vintage$b$),
(3070, 'S16', 'nordic-nest-living', 'orders@nordicnest.living', '2026-06-04 14:40', $s$Orders "pending" although customer was approved$s$,
$b$Hello,

we have 11 orders since yesterday evening with payment status "Pending" and payment method "Pay Later". One customer sent us the screenshot of the approval in her banking app. All other payment methods go through normally. We don't know if we should ship or not. Can you tell us if the money will come?

Kind regards
Erik Lindqvist
Nordic Nest Living AB$b$),
(3071, NULL, 'kurashi-zakka', 'shop@kurashi-zakka.jp', '2026-06-04 05:20', $s$コンビニ払いについて$s$,
$b$Shelfwiseサポート様

くらし雑貨の田中です。先日はありがとうございました。

お客様から「コンビニ払いはできますか」というお問い合わせが増えています。Shelfwiseでコンビニ決済（後払い）を導入することは可能でしょうか。可能な場合、手数料と入金のタイミングも教えていただけると助かります。

よろしくお願いいたします。
くらし雑貨 田中$b$),
(3072, 'S21', 'hinata-farm', 'order@hinata-farm.jp', '2026-06-04 06:45', $s$ヤマト運輸の送り状に配達時間帯が反映されません$s$,
$b$Shelfwise サポート御中

ひなたファームの佐藤と申します。

ヤマト運輸連携で送り状を発行していますが、お客様がチェックアウトで指定した配達時間帯（例：19時〜21時）が送り状に印字されず、「指定なし」になってしまいます。お届け日は正しく反映されています。野菜の定期便なので時間指定が非常に重要です。

5月末までは正しく印字されていました。ご確認をお願いいたします。

ひなたファーム 佐藤 健
TEL 0265-00-1234$b$),
(3073, NULL, 'brightloom', 'finance@brightloom.nl', '2026-06-04 13:15', $s$Could reports be e-mailed automatically?$s$,
$b$Hello,

every Monday I log in, open Reports > Sales by product, set the date range to last week and export it for our management meeting. It would save me time if Shelfwise could send this report to a list of e-mail addresses every Monday morning automatically. Is that possible, or could you add it?

Kind regards,
Femke de Wit
Brightloom B.V.$b$),
(3074, 'S27', 'kiwi-and-koru', 'orders@kiwiandkoru.co.nz', '2026-06-04 10:50', $s$Sales report puts orders on the wrong day$s$,
$b$Hi,

the Sales by day report doesn't match our orders. Orders placed in the morning here (NZ) are showing under the previous day in the report. For example on Tuesday we had 23 orders but the report says 9 for Tuesday and 31 for Monday. Our store timezone is set to Pacific/Auckland in Settings > General. Looks like the report is using UTC?

Thanks,
Tama
Kiwi & Koru$b$),
(3075, 'S15', 'gallery-nine', 'info@gallerynine.art', '2026-06-04 09:05', $s$Chat with Gallery Nine$s$,
$b$[09:03] Shelfwise Assistant: Hi there! I'm the Shelfwise assistant. What can I help you with today?
[09:03] Visitor: I can't save anything in the page editor
[09:04] Shelfwise Assistant: Sorry about that! Have you tried refreshing the page or clearing your browser cache?
[09:04] Visitor: yes both. click save, it thinks for a while, then "your changes were not saved"
[09:05] Visitor: it's our exhibition page, we open tonight, i need to add the artist bios
[09:05] Shelfwise Assistant: I'm connecting you with a member of our team.
---
Visitor: Gallery Nine (info@gallerynine.art)
Store: gallerynine.art
Page: /admin/themes/41/editor$b$),
(3076, 'S15', 'sundial-studio', 'web@sundialstudio.co', '2026-06-04 11:20', $s$Re: Page builder won't save my changes$s$,
$b$Hi, it's still doing it this morning. I tried a different browser (Firefox) and a different computer, same red error on save. Is anyone looking at this? I have a client launch on Friday.

Iris

On Wed, 3 Jun 2026, 13:30 Iris <web@sundialstudio.co> wrote:
> Hello,
>
> I've been rebuilding our About page in the page builder. When I click Save I get a red bar "Something went wrong. Your changes were not saved." and when I reload everything I did is gone.$b$),
(3077, NULL, 'toastandjam-kids', 'hello@toastandjamkids.com', '2026-06-04 15:30', $s$Switch PayPal to our new business account$s$,
$b$Hi, we've just opened a PayPal Business account for the company, until now the shop was connected to my personal PayPal. How do I switch Shelfwise to the new PayPal account without breaking refunds for older orders paid to the old one? Thanks, Priti$b$),
(3078, 'S47', 'copperkettle-crafts', 'support@copperkettlecrafts.com', '2026-06-04 16:05', $s$PayPal order marked unpaid but money received$s$,
$b$Hello,

order #1088 was paid with PayPal yesterday, I can see the payment in my PayPal account as "Completed", but in Shelfwise the order says "Payment status: Unpaid" and there's a banner "Awaiting payment". Another one, #1091, is the same. I'm not sure if I should ship. Card orders are fine.

Thanks,
Lisa
Copper Kettle Crafts$b$),
(3079, 'S36', 'porto-ceramica', 'loja@portoceramica.pt', '2026-06-04 10:15', $s$Change the name in the "From" of order e-mails$s$,
$b$Hello,

our order confirmation and shipping e-mails arrive from "porto-ceramica-2 <no-reply@shelfwise.email>". That's the internal name I gave the store when I opened it. I'd like customers to see "Porto Cerâmica" and if possible our own address loja@portoceramica.pt. Where do I change that?

Obrigada,
Inês$b$),
(3080, NULL, 'little-larder', 'info@littlelarder.co.uk', '2026-06-04 14:25', $s$Old logo still in order e-mails$s$,
$b$Hello again,

we had a rebrand and I uploaded the new logo in Settings > Brand two weeks ago. The shop shows the new logo, but all order confirmation and shipping e-mails still have the old one at the top. I've tried removing the logo and uploading again. Is it cached somewhere?

Thanks
Gwen
The Little Larder$b$),
(3081, 'S60', 'fable-and-fir', 'hello@fableandfir.com', '2026-06-04 13:40', $s$Export customers who agreed to marketing$s$,
$b$Hi, I want to move our newsletter to a different tool. How can I export only the customers who ticked "Email me with news and offers", with the date they agreed? The customer export seems to give me everyone. Thanks! Fable & Fir$b$),
(3082, NULL, 'sundial-studio', 'hello@sundialstudio.co', '2026-06-04 16:30', $s$Customer asks us to delete her data$s$,
$b$Hello,

a customer has asked us under GDPR to delete all her personal data. She has two old orders from 2024 and an account. How do I delete her from Shelfwise properly? If I delete the customer, do the orders stay (we need them for tax), and is her address removed from them?

Thanks,
Iris Novak
Sundial Studio$b$),
(3083, 'S11', 'kettle-and-crumb', 'hello@kettleandcrumb.co.uk', '2026-06-04 12:45', $s$Gift card remaining balance lost$s$,
$b$Hi,

a regular came in with a £25 gift card she'd used for £12.50 online last week. When she tried to use the rest today online, it says "This gift card has no remaining balance". In admin the card shows £0 too. Only one order on it. Has the remainder gone somewhere? Happy to top it up manually but want to understand.

Cheers
Kettle & Crumb Café$b$),
(3084, NULL, 'tienda-olivar', 'administracion@tiendaolivar.es', '2026-06-04 15:00', $s$Cambiar la cuenta bancaria para los pagos$s$,
$b$Buenas tardes,

hemos cambiado de banco (de BBVA a una cuenta en Caja Rural) y necesitamos que las transferencias de Shelfwise lleguen al nuevo IBAN a partir de la semana que viene. En Ajustes > Pagos no me deja editar la cuenta. ¿Qué documentación necesitáis?

Gracias,
Lucía Ortega
Administración – Tienda Olivar S.L.$b$),
(3085, 'S04', 'velvet-fox-vintage', 'shop@velvetfoxvintage.com', '2026-06-05 10:10', $s$Customers not getting order confirmation$s$,
$b$Hi again,

this morning 4 customers have written to ask whether their order went through because they didn't get a confirmation e-mail. The orders are all in the admin and paid. I placed a test order to my own Gmail and nothing arrived after 20 minutes, not in spam either.

Mara$b$),
(3086, NULL, 'emberandoak', 'hello@emberandoak.co.uk', '2026-06-05 11:15', $s$Add delivery info to the order confirmation e-mail$s$,
$b$Hello, I'd like to add a short paragraph to the order confirmation e-mail about our dispatch times (we pour candles to order, so 5-7 working days). Where do I edit the text of that e-mail? I found Settings > Notifications but I'm scared of breaking the code in the template. Is there a simple way? Ruth$b$),
(3087, 'S04', 'atelier-savon', 'contact@atelier-savon.fr', '2026-06-05 10:35', $s$Order e-mails$s$,
$b$Hello,

our customers do not receive the e-mail "Merci pour votre commande" since this morning. Last one received was at 9:40 (customer confirmed). Orders after that: no e-mail. Shipping e-mails also seem stuck. Is there a problem with the e-mails on your side?

Élodie Garnier
Atelier Savon$b$),
(3088, 'S04', 'schwarzwald-honig', 'info@schwarzwald-honig.de', '2026-06-05 11:02', $s$Order confirmation does not arrive$s$,
$b$Good day,

since this morning our customers don't get an order confirmation by e-mail any more. Several have phoned us to ask if their order arrived. The orders are there in Shelfwise. Under Settings > Notifications everything is activated, and we have changed nothing.

Kind regards
Familie Huber
Schwarzwald Honig – Imkerei Huber$b$),
(3089, NULL, 'cornish-soap-co', 'dispatch@cornishsoap.co.uk', '2026-06-05 13:20', $s$Royal Mail tracking numbers not showing for customers$s$,
$b$Hi, when I buy Royal Mail Tracked 48 labels through Shelfwise, the order gets marked fulfilled but the tracking number field is empty and the shipping e-mail says "Tracking not available". The tracking number is printed on the label, so Royal Mail has one. DHL orders get their tracking fine. This started around a week ago. Ben$b$),
(3090, 'S04', 'mossandfern', 'orders@mossandfern.com', '2026-06-05 12:40', $s$Fwd: Did my order go through?$s$,
$b$Hi, third one of these today. Are confirmation e-mails broken?

Rob

---------- Forwarded message ---------
From: Alison Pike <ali.pike@gmail.com>
Date: Fri, 5 Jun 2026 at 12:31
Subject: Did my order go through?
To: orders@mossandfern.com

Hello, I ordered the large bottle terrarium about an hour ago and my card has been charged but I haven't had any confirmation e-mail. Can you confirm you have my order? Thanks, Alison$b$),
(3091, 'S19', 'hoppers-homebrew', 'mail@hoppershomebrew.co.uk', '2026-06-05 09:35', $s$Royal Mail labels still show old return address$s$,
$b$Hello,

we moved unit last month and I changed the business address and the return address in Settings > Shipping > Royal Mail. The packing slips have the new address, but Royal Mail labels I buy in Shelfwise still print the old return address (Unit 3, Kingsway). A parcel has already been returned to the old unit. How do I get the labels to use the new one?

Marcus
Hopper's Homebrew Supplies$b$),
(3092, NULL, 'brightloom', 'shop@brightloom.nl', '2026-06-05 14:30', $s$Our shipping e-mails go to spam$s$,
$b$Hi,

last week we changed the sender address of our notifications to shop@brightloom.nl (before it was the Shelfwise default). Since then, Gmail users find our shipping confirmation e-mails in spam. Gmail shows "brightloom.nl did not authenticate this message". Do we need to add something in our DNS? Our domain is with TransIP.

Thanks,
Sven
Brightloom B.V.$b$),
(3093, NULL, 'pinecone-toys', 'marketing@pineconetoys.com', '2026-06-05 15:10', $s$Abandoned cart e-mails: Mailchimp or Shelfwise?$s$,
$b$Hi, I've connected Mailchimp. Should I set up abandoned cart e-mails in Mailchimp (their "customer journey") or use the Shelfwise abandoned checkout e-mail? If I turn on both, will customers get two e-mails? Which one do you recommend? Jess$b$),
(3094, 'S23', 'bellwether-tea', 'hello@bellwethertea.com', '2026-06-05 10:55', $s$Newsletter sign-ups from checkout missing in Mailchimp$s$,
$b$Hi,

the Mailchimp app syncs our customers, but the ones who tick "Email me with news and offers" during checkout don't show up as subscribed in our Mailchimp audience. In Shelfwise their profile says "Subscribed to marketing". In Mailchimp they're either missing or "transactional". Sign-ups from the footer form on the shop go through fine.

I noticed because our June newsletter went to 30 fewer people than expected.

Daniel
Bellwether Tea Co.$b$),
(3095, 'S10', 'tienda-olivar', 'pedidos@tiendaolivar.es', '2026-06-05 09:20', $s$El código de descuento no funciona con productos rebajados$s$,
$b$Hola,

tenemos el código VERANO10 (10 % en todos los productos). Si el carrito tiene algún producto de la sección Ofertas (con precio tachado), la tienda dice "Este código no es válido para los artículos de tu carrito" y no aplica nada, ni siquiera a los productos sin rebaja. En la configuración del código no hemos excluido las ofertas.

Varios clientes nos han escrito. ¿Podéis revisarlo?

Javier Ortega
Tienda Olivar$b$),
(3096, NULL, 'maison-lune', 'boutique@maison-lune.fr', '2026-06-05 16:20', $s$Suggestion: allow two codes at checkout$s$,
$b$Hello, customers often ask if they can use their birthday code and a free shipping code together. At the moment the second code replaces the first. Could you add an option to allow combining codes (maybe one percentage code + one shipping code)? Many of our competitors' shops allow it. Merci, Claire$b$),
(3097, 'S13', 'chocolaterie-bernard', 'commandes@chocolaterie-bernard.ch', '2026-06-05 13:45', $s$Free shipping not applied in CHF$s$,
$b$Hello,

we have set free shipping from 80 € order value. The shop is in EUR but our Swiss customers pay in CHF. When the customer chooses CHF, shipping is always charged, even with a basket of 150 CHF. In EUR the same basket gets free shipping correctly.

Do we have to set the threshold in every currency?

Best regards,
Luc Bernard
Chocolaterie Bernard SA, Rue du Lac 8, 1800 Vevey$b$),
(3098, 'S16', 'velvet-fox-vintage', 'shop@velvetfoxvintage.com', '2026-06-05 09:05', $s$Re: Pay Later orders stuck on Payment pending$s$,
$b$Morning, still pending this morning, and 2 more from last night (#7724, #7726). Do I ship them or not?? Customers are asking for tracking.

Mara

> On 4 Jun 2026, at 09:15, Velvet Fox Vintage <shop@velvetfoxvintage.com> wrote:
>
> three orders from yesterday that were paid with Pay Later are still showing "Payment pending" in the admin. The customers got the approval e-mail from the Pay Later provider, so they think they've paid.$b$),
(3099, NULL, 'stonefruit-studio', 'hello@stonefruitstudio.com', '2026-06-05 14:50', $s$Connecting my GoDaddy domain$s$,
$b$Hi, I bought stonefruitstudio.co.uk at GoDaddy years ago and want the shop on it instead of stonefruit-studio.shelfwise.shop. What exactly do I change at GoDaddy, the A record or the nameservers? And my e-mail runs on the same domain through GoDaddy, will that keep working? Ellie$b$),
(3100, 'S31', 'kettle-and-crumb', 'hello@kettleandcrumb.co.uk', '2026-06-05 11:40', $s$Domain shows Not Secure$s$,
$b$Hi,

I connected kettleandcrumb.co.uk to the shop on Wednesday following your guide (A record and CNAME, both show green "Connected" in Settings > Domains). But the site shows "Not secure" in Chrome and Safari, and under SSL it's been saying "Certificate pending" for two days now. The guide says it should take up to an hour.

Thanks
Kettle & Crumb Café$b$),
(3101, 'S33', 'chocolaterie-bernard', 'commandes@chocolaterie-bernard.ch', '2026-06-05 15:15', $s$Suivi DPD : page introuvable$s$,
$b$Bonjour,

autre question : dans l'e-mail d'expédition, quand le client clique sur "Suivre mon colis" pour un envoi DPD, il arrive sur une page DPD "404 page non trouvée". Le numéro de suivi est correct, je l'ai testé directement sur le site DPD. Pour La Poste il n'y a pas de problème.

Meilleures salutations,
Luc Bernard
Chocolaterie Bernard SA$b$),
(3102, NULL, 'ashgrove-apothecary', 'owner@ashgroveapothecary.com', '2026-06-05 16:45', $s$Moving from WooCommerce$s$,
$b$Hi there,

I'm thinking of moving our shop from WooCommerce to Shelfwise. We have ~450 products, 3,000 customers and 6 years of orders. Can I bring the customers and old orders across, or only products? Customers having to re-register is my biggest worry. And will our product URLs change (SEO)?

Thanks,
Nadia Pereira
Ashgrove Apothecary$b$),
(3103, NULL, 'harbourhound', 'ops@harbourhound.co.uk', '2026-06-05 12:05', $s$Phone number field at checkout$s$,
$b$Hi, can I make the phone number optional at checkout? It's currently required and we've had feedback that people abandon because they don't want to give it. Our couriers don't need it for UK deliveries. Thanks, Tom$b$),
(3104, 'S53', 'holzwerk-kinder', 'service@holzwerk-kinder.de', '2026-06-05 10:25', $s$Address autocomplete swallows the house number$s$,
$b$Hello,

in the checkout the address field suggests addresses while typing. When the customer picks a suggested address, the "Street" field afterwards only says "Lindenstraße" without house number, and the number ends up in "Address line 2" or disappears completely. This week DHL already sent back three parcels because of the missing house number.

If you type the address without using a suggestion, everything is correct.

Best regards
Jana Schuster
Holzwerk Kinder$b$),
(3105, 'S42', 'inkwell-paper', 'design@inkwellpaper.co', '2026-06-05 13:00', $s$Scheduled gift card e-mail didn't go out$s$,
$b$Hey, a customer bought an e-gift card on 28 May and set the delivery date to 4 June for a friend's graduation. The friend never received it. The customer's confirmation says "Will be sent to jo***@gmail.com on 4 June". Gift cards sent immediately work, it's only the scheduled ones. Can you check if there's a backlog? -Jules, Inkwell Paper$b$),
(3106, 'S05', 'hollyhock-market', 'stall@hollyhockmarket.co.uk', '2026-06-06 07:32', $s$POS app crashing$s$,
$b$Hi, the Shelfwise POS app on my iPad closes as soon as I open it. The logo shows for a second and then it's back to the home screen. It updated itself overnight. I'm at the market setting up and we open at 9!! I've restarted the iPad twice.

Sent from my iPad$b$),
(3107, NULL, 'veggie-box-leeds', 'hello@veggieboxleeds.co.uk', '2026-06-06 07:50', $s$Card reader won't connect to Android phone$s$,
$b$Morning, I bought the Shelfwise card reader last week. On my Android phone (Pixel 7) the POS app finds the reader under Settings > Hardware but pairing fails with "Could not connect to reader. Make sure it is charged and nearby". It's fully charged and right next to the phone. Bluetooth is on, location permission given. Never worked so far. At the farmers market today, taking cash only. Pete$b$),
(3108, 'S05', 'churros-dona-pepa', 'hola@churrosdonapepa.es', '2026-06-06 08:05', $s$La app TPV se cierra sola en el iPhone$s$,
$b$Buenos días,

desde esta mañana la app de Shelfwise TPV se cierra nada más abrirla en mi iPhone 13. Se ve la pantalla de carga y se cierra. Ayer funcionaba perfectamente. Creo que se actualizó anoche (versión 4.12). Hoy tenemos el mercadillo del sábado y no puedo cobrar con tarjeta.

He borrado la app y la he vuelto a instalar y sigue igual.

Gracias,
Pepa
Enviado desde mi iPhone$b$),
(3109, NULL, 'ferment-and-co', 'stall@fermentandco.com', '2026-06-06 08:25', $s$Selling at a market with no signal$s$,
$b$Hi, we're doing a food festival in a field next weekend and the organisers say mobile signal is terrible. Does the POS app on iPhone work offline? Can I still take card payments with the reader and will the sales sync later? Or is it cash only without internet? Thanks, Leo$b$),
(3110, 'S05', 'bramble-and-bee', 'sophie@brambleandbee.co.uk', '2026-06-06 08:40', $s$Urgent - POS won't open$s$,
$b$Hello, the POS app crashes on launch on both my iPhone and my assistant's iPad since this morning's update. Android phone of my husband is fine (same account). I'm at Ludlow market with a queue. Is there a way to go back to the old version?

Sophie
Bramble & Bee$b$),
(3111, 'S05', 'ferment-and-co', 'leo@fermentandco.com', '2026-06-06 09:55', $s$Offline message from Leo$s$,
$b$Name: Leo Marchetti
Email: leo@fermentandco.com
Store URL: fermentandco.com
Message: POS 4.12 on iOS crashes immediately when opening it. iPhone 14, iOS 19.5. Restarted, reinstalled, logged out is not possible because it doesn't open. Taking payments on my personal phone now with a payment link. Please fix quickly, it's Saturday.$b$),
(3112, NULL, 'sweet-stall-sarah', 'sarah@sweetstall.co.uk', '2026-06-06 10:30', $s$Tap to Pay not working on iPhone$s$,
$b$Hi, I use Tap to Pay on iPhone in the POS app (no card reader). Today when I start a card payment it says "Tap to Pay couldn't start (4012)". The app itself opens fine and cash sales work. iPhone 12. It worked last Saturday. Sarah$b$),
(3113, NULL, 'gallery-nine', 'accounts@gallerynine.art', '2026-06-06 11:10', $s$Please refund the annual renewal$s$,
$b$Hello,

we were charged £468 on 4 June for the annual renewal of the Grow plan. I had switched to the monthly Start plan in May (I have the confirmation e-mail) but apparently it renewed the annual plan anyway. Could you refund the £468 and put us on Start monthly as intended?

Thank you,
Martin Hale
Gallery Nine Ltd$b$),
(3114, 'S58', 'kaffee-mobil', 'info@kaffee-mobil.at', '2026-06-06 09:15', $s$Tap to Pay on Samsung: NFC unavailable$s$,
$b$Hi,

since updating the POS app yesterday, Tap to Pay on our Samsung Galaxy S23 fails with "NFC unavailable on this device". NFC is on, Google Wallet payments with the same phone work. Before the update it worked for months. We're at the Naschmarkt today and can only take cash.

Danke,
Florian
Kaffee Mobil – Espresso & Kuchen$b$),
(3115, NULL, 'veggie-box-leeds', 'accounts@veggieboxleeds.co.uk', '2026-06-06 12:20', $s$Charged after cancelling$s$,
$b$Hi, I cancelled our Shelfwise subscription on 20 May (we're moving to a veg box platform) but I was charged £29 on 5 June. Please refund that and confirm the account is closed. I still have the cancellation confirmation. Pete Hall, Veggie Box Leeds$b$),
(3116, 'S11', 'pressed-petal', 'shop@pressedpetal.ie', '2026-06-06 10:05', $s$Re: Gift card balance shows 0 after partial use$s$,
$b$Hi, any news on this? The customer came back today and I had to give her a discount code for the €20 instead. Another customer says the same happened to her card.

Aoife

On Wed, 3 Jun 2026 at 11:30, The Pressed Petal <shop@pressedpetal.ie> wrote:
> A customer had a €50 gift card and used €30 of it on Saturday. Today she wanted to spend the rest and the checkout says the card has €0.00 left.$b$),
(3117, 'S17', 'stonefruit-studio', 'hello@stonefruitstudio.com', '2026-06-06 13:35', $s$can't refund paypal orders$s$,
$b$Hi, another one from me sorry. Customer wants a refund for a print she paid with PayPal (#2240). The refund button is disabled and if I hover over it it says "Refunds are unavailable for this payment". Card refunds work (the other problem I had was different). Is it because it's older than 7 days? Ellie$b$),
(3118, NULL, 'north-thread', 'hello@norththread.co', '2026-06-06 14:10', $s$Show each colour as its own product in collections$s$,
$b$Hey, our jumpers come in 6 colours as variants of one product. On the collection page there's one card per product with the first colour photo. Could each colour show as a separate card in the collection grid (still one product with variants on the product page)? Some shops do this. Is it a theme setting? Sam$b$),
(3119, 'S30', 'schwarzwald-honig', 'info@schwarzwald-honig.de', '2026-06-06 15:05', $s$Price does not change when choosing a variant$s$,
$b$Good day,

on our product pages the price does not change when you select another size. Example: forest honey 250 g costs 6,90 €, 500 g costs 11,90 €. If you choose 500 g, it still says 6,90 €. In the cart the price is then correct (11,90 €). Customers think we are cheating.

Theme: Meadow. We did not change anything in the theme.

Kind regards
Familie Huber$b$),
(3120, 'S39', 'atelier-savon', 'contact@atelier-savon.fr', '2026-06-06 11:45', $s$La recherche ne trouve pas les mots avec accents$s$,
$b$Bonjour,

dans la barre de recherche de notre boutique, "crème" ne donne aucun résultat, alors que nous avons 12 produits avec "crème" dans le titre. "creme" sans accent les trouve tous. Même chose pour "été" et "savon à l'huile d'olive". La plupart de nos clients tapent avec les accents...

Cordialement,
Élodie Garnier
Atelier Savon$b$),
(3121, NULL, 'tee-division', 'ops@teedivision.com', '2026-06-06 16:00', $s$Search synonyms?$s$,
$b$Hi, customers search "tee" or "tshirt" and get no results because our products are called "T-Shirt". Same with "hoodie" vs "hooded sweatshirt". Is there a way to add synonyms to the shop search, so "tee" finds T-Shirts? Raj$b$),
(3122, 'S44', 'sakura-tea-house', 'staff@sakura-teahouse.jp', '2026-06-06 02:40', $s$Delivery date picker shows days we disabled$s$,
$b$Hello,

I am the staff of Sakura Tea House. At checkout, the delivery date calendar lets customers choose Sunday and national holidays, but in Settings > Shipping > Delivery dates we have Sunday and holidays set as "no delivery". Our carrier does not deliver on Sunday, so we must call the customers. My manager Yamamoto wrote you in Japanese on Tuesday, still happening.

Best regards,
Kenji Ito
Sakura Tea House$b$),
(3123, 'S48', 'nordlicht-wolle', 'info@nordlicht-wolle.de', '2026-06-06 13:00', $s$Low stock alerts not coming$s$,
$b$Hello,

I set the low stock alert to 5 pieces for our yarns (Settings > Notifications > Low stock). Several yarns are now at 2 or 3 and one is at 0, but I didn't receive any e-mail. Other e-mails from Shelfwise (new orders) arrive. Did I forget a setting?

Birte
Nordlicht Wolle$b$),
(3124, NULL, 'ashgrove-apothecary', 'owner@ashgroveapothecary.com', '2026-06-06 15:40', $s$Different low-stock levels per variant$s$,
$b$Hi again, we haven't moved yet but I'm testing on a trial store. The low stock alert threshold seems to be one number for the whole shop. For us the 30 ml bottles sell 10x faster than the 100 ml ones, so I'd need a different threshold per variant. Is that planned? Nadia$b$),
(3125, 'S56', 'kiwi-and-koru', 'orders@kiwiandkoru.co.nz', '2026-06-06 04:15', $s$Partial refund didn't put item back in stock$s$,
$b$Hi,

customer returned one of the two prints from order #4410. I did a partial refund for that one item with "Restock items" ticked. The refund went through, but the stock for the print stayed at 0 and it still shows as sold out. When I refund a whole order the restock works. Do I need to do something else for partial refunds?

Thanks,
Tama$b$),
(3126, NULL, 'hollow-oak-candles', 'team@hollowoakcandles.com', '2026-06-06 14:45', $s$Refund shipping only$s$,
$b$Hi, a parcel arrived 5 days late and the customer has asked for her shipping cost back (£4.95), not the candles. How do I refund only the shipping on an order? I only see the item quantities in the refund screen. Thanks, Hollow Oak Candles$b$);
