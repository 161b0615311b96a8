// The SKU catalog panel driven with QTest: type to filter, arrows to move, Enter or a double-click
// to choose; the choice goes to the front of the project's recent list; imports refresh it.
#include "project_document.h"
#include "sku_catalog_model.h"
#include "sku_catalog_widget.h"
#include "sku_recent_list.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestSkuCatalogWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<SkuCatalogWidget> m_widget;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;

    static SkuEntry sku(const char* id, const char* name, const char* brand, ProductType type,
                        Shape shape, const char* size, const char* flavor = "")
    {
        return SkuEntry{QString::fromUtf8(id),
                        QString::fromUtf8(name),
                        QString::fromUtf8(brand),
                        type,
                        shape,
                        QString::fromUtf8(size),
                        QString::fromUtf8(flavor)};
    }

    QString currentId() const
    {
        return m_view->currentIndex().siblingAtColumn(0).data().toString();
    }

    QStringList shownIds() const
    {
        QStringList out;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            out << m_view->model()->index(row, 0).data().toString();
        return out;
    }

    QString writeCsv(const char* name, const QByteArray& data)
    {
        const QString path = m_tmp->filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto store = ProjectStore::create(m_tmp->filePath(QStringLiteral("p.shelf")));
        const QList<SkuEntry> catalog = {
            sku("6901", "Cola", "Coca-Cola", ProductType::NonAlcoholicDrinks, Shape::Can, "330 ml"),
            sku("6902", "Cola zero", "Coca-Cola", ProductType::NonAlcoholicDrinks, Shape::Can,
                "330 ml"),
            sku("6903", "Cola", "Coca-Cola", ProductType::NonAlcoholicDrinks, Shape::Bottle,
                "1.25 l"),
            sku("6904", "Green tea", "Master Kong", ProductType::NonAlcoholicDrinks, Shape::Bottle,
                "500 ml", "jasmine"),
            sku("6905", "Lager", "Tsingtao", ProductType::Beers, Shape::Can, "500 ml")};
        for (const SkuEntry& e : catalog)
            store->upsertSku(e);
        m_doc = std::make_unique<ProjectDocument>(std::move(store));
        m_widget = std::make_unique<SkuCatalogWidget>();
        m_widget->resize(700, 400);
        m_widget->setDocument(m_doc.get());
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        m_search = m_widget->findChild<QLineEdit*>(QStringLiteral("skuSearch"));
        m_view = m_widget->findChild<QTableView*>(QStringLiteral("skuView"));
        QVERIFY(m_search);
        QVERIFY(m_view);
        QCOMPARE(m_view->model(), m_widget->model());
        m_widget->activateWindow();
        m_search->setFocus();
        QTRY_VERIFY(m_search->hasFocus());
    }

    void cleanup()
    {
        m_widget.reset();
        m_doc.reset();
        m_tmp.reset();
    }

    void typeArrowEnterChoosesAndRecentGoesFirst()
    {
        QCOMPARE(shownIds(), (QStringList{"6901", "6902", "6903", "6904", "6905"}));
        QSignalSpy chosen(m_widget.get(), &SkuCatalogWidget::skuChosen);

        QTest::keyClicks(m_search, QStringLiteral("cola can"));
        QCOMPARE(shownIds(), (QStringList{"6901", "6902"}));
        QCOMPARE(currentId(), QStringLiteral("6901")); // the first match is current
        QTest::keyClick(m_search, Qt::Key_Down);
        QCOMPARE(currentId(), QStringLiteral("6902"));
        QTest::keyClick(m_search, Qt::Key_Down); // stays on the last row
        QCOMPARE(currentId(), QStringLiteral("6902"));
        QTest::keyClick(m_search, Qt::Key_Up);
        QTest::keyClick(m_search, Qt::Key_Down);
        QVERIFY(m_search->hasFocus()); // the keyboard never left the search field
        QTest::keyClick(m_search, Qt::Key_Return);

        QCOMPARE(chosen.size(), 1);
        const auto entry = chosen.at(0).at(0).value<SkuEntry>();
        QCOMPARE(entry, m_doc->store().skus().at(1)); // 6902, every field
        QCOMPARE(entry.name, QStringLiteral("Cola zero"));
        QCOMPARE(entry.shape, Shape::Can);
        QCOMPARE(entry.type, ProductType::NonAlcoholicDrinks);
        QCOMPARE(entry.brand, QStringLiteral("Coca-Cola"));
        QCOMPARE(entry.size, QStringLiteral("330 ml"));

        // Recorded in the project, and first in the list from now on.
        QCOMPARE(SkuRecentList(m_doc->store()).ids(), QStringList{"6902"});
        QCOMPARE(shownIds(), (QStringList{"6902", "6901"}));
        QCOMPARE(currentId(), QStringLiteral("6902"));
        QCOMPARE(m_search->selectedText(), QStringLiteral("cola can")); // typing replaces it
        QTest::keyClicks(m_search, QStringLiteral("500"));
        QCOMPARE(shownIds(), (QStringList{"6904", "6905"}));
        QTest::keyClick(m_search, Qt::Key_Enter); // the keypad's Enter too
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).value<SkuEntry>().skuId, QStringLiteral("6904"));

        m_search->clear();
        QCOMPARE(shownIds(), (QStringList{"6904", "6902", "6901", "6903", "6905"}));
        QCOMPARE(m_view->model()->index(0, 0).data(SkuCatalogModel::RecentRole).toBool(), true);
        QTest::keyClick(m_search, Qt::Key_PageDown); // a page holds more than 5 rows
        QCOMPARE(currentId(), QStringLiteral("6905"));
        QTest::keyClick(m_search, Qt::Key_PageUp);
        QCOMPARE(currentId(), QStringLiteral("6904"));

        // Another panel on the same project (or the app reopened) shows the same order.
        SkuCatalogWidget other;
        other.setDocument(m_doc.get());
        QCOMPARE(other.model()->entryAt(0).skuId, QStringLiteral("6904"));
        QCOMPARE(other.model()->entryAt(1).skuId, QStringLiteral("6902"));
    }

    void searchesEveryField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("brand") << "master" << QStringList{"6904"};
        QTest::newRow("flavor") << "JASMINE" << QStringList{"6904"};
        QTest::newRow("shape name") << "bottle" << QStringList{"6903", "6904"};
        QTest::newRow("type name") << "beers" << QStringList{"6905"};
        QTest::newRow("size") << "1.25" << QStringList{"6903"};
        QTest::newRow("id") << "6905" << QStringList{"6905"};
        QTest::newRow("nothing") << "wine" << QStringList{};
    }

    void searchesEveryField()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QTest::keyClicks(m_search, typed);
        QCOMPARE(shownIds(), expected);
        QSignalSpy chosen(m_widget.get(), &SkuCatalogWidget::skuChosen);
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(chosen.size(), expected.isEmpty() ? 0 : 1); // nothing to choose, nothing sent
    }

    void doubleClickChooses()
    {
        QSignalSpy chosen(m_widget.get(), &SkuCatalogWidget::skuChosen);
        const QRect cell = m_view->visualRect(m_view->model()->index(2, 1));
        QVERIFY(cell.isValid());
        // What a window system sends: press, release, double-click, release (QTest's mouseDClick
        // on a widget is the third alone).
        const QPoint at = cell.center();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).value<SkuEntry>().skuId, QStringLiteral("6903"));
        QCOMPARE(SkuRecentList(m_doc->store()).ids(), QStringList{"6903"});
        QCOMPARE(shownIds().first(), QStringLiteral("6903"));
        // Enter in the table chooses its current row as well.
        m_view->setFocus();
        m_view->setCurrentIndex(m_view->model()->index(4, 0));
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).value<SkuEntry>().skuId, QStringLiteral("6905"));
    }

    void importRefreshesAndReportsErrors()
    {
        auto* status = m_widget->findChild<QLabel*>(QStringLiteral("skuStatus"));
        QVERIFY(status);
        QTest::keyClicks(m_search, QStringLiteral("juice"));
        QCOMPARE(shownIds(), QStringList{});

        const QString good = writeCsv("good.csv", "sku_id,name,type,shape\n"
                                                  "7001,Orange juice,Non-alcoholic drinks,Box\n"
                                                  "6905,Lager light,beers,can\n");
        const SkuCatalogImport::Report ok = m_widget->importFile(good);
        QVERIFY2(ok.ok(), qPrintable(ok.summary()));
        QCOMPARE(ok.added, 1);
        QCOMPARE(ok.updated, 1);
        QCOMPARE(shownIds(), QStringList{"7001"}); // refreshed under the same filter
        QCOMPARE(m_widget->model()->catalogSize(), 6);
        QVERIFY2(status->text().contains(QStringLiteral("1 SKU")), qPrintable(status->text()));

        const QString bad = writeCsv("bad.csv", "sku_id,name\n7002,Apple juice\n7002,Again\n");
        const SkuCatalogImport::Report failed = m_widget->importFile(bad);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.summary().contains(bad + QStringLiteral(":3:1: ")),
                 qPrintable(failed.summary()));
        QVERIFY2(status->text().contains(bad + QStringLiteral(":3:1: ")),
                 qPrintable(status->text()));
        QCOMPARE(m_widget->model()->catalogSize(), 6); // nothing of it went in
        QCOMPARE(shownIds(), QStringList{"7001"});
    }

    void withoutDocumentNothingHappens()
    {
        m_widget->setDocument(nullptr);
        QCOMPARE(m_widget->model()->rowCount(), 0);
        QVERIFY(!m_search->isEnabled());
        QVERIFY(!m_widget->chooseRow(0));
        QVERIFY(!m_widget->importFile(QStringLiteral("x.csv")).ok());
    }
};

QTEST_MAIN(TestSkuCatalogWidget)
#include "test_sku_catalog_widget.moc"
